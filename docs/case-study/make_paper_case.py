#!/usr/bin/env python3
"""Writes the input curves of CEMC's built-in case study (src/main/resources/cases/paper/*.csv).

The paper does not publish its curves as numbers; every formula below is ours and is explained in
docs/case-study.md. Run from the repository root: python3 docs/case-study/make_paper_case.py
Only the standard library is used, and the output is deterministic.
"""
import math
import os

OUT = "src/main/resources/cases/paper"
HOURS = range(24)

# PV: a clear summer day at Chattanooga, TN (35.0 N, the authors' city), times in local daylight time.
SUNRISE, DAYLENGTH = 6.5, 14.3          # h; solar noon about 13:40 EDT in late June
PEAK_YIELD = 0.75                       # kWh per kWp in the best hour (module, inverter and heat losses)
SKY = {"ec1": 1.00, "ec2": 0.90, "ec3": 0.80}   # clear, light haze, haze
KWP = [5.0, 4.0, 3.0, 2.0, 0.0, 0.0]    # rooftop PV of houses h1..h6 of every EC
SCALE = {"ec1": [1.0, 0.9, 1.1, 0.8, 1.2, 1.0],
         "ec2": [1.1, 1.0, 0.8, 1.2, 0.9, 1.0],
         "ec3": [0.9, 1.2, 1.0, 1.0, 0.8, 1.1]}   # household size, scales both loads


def pv_per_kwp(hour):
    x = (hour + 0.5 - SUNRISE) / DAYLENGTH
    return PEAK_YIELD * math.sin(math.pi * x) ** 1.4 if 0 < x < 1 else 0.0


def interruptible(hour):
    """Air conditioning and water heating: a floor plus a cooling bump peaking at 16:00."""
    cooling = max(0.0, math.sin(math.pi * (hour + 0.5 - 10) / 12))
    return 0.30 + 0.90 * cooling


def uninterruptible(hour):
    """Lights, cooking, appliances: base load, a morning and an evening peak."""
    t = hour + 0.5
    return 0.45 + 0.5 * math.exp(-((t - 7.0) / 1.2) ** 2) + 1.0 * math.exp(-((t - 19.5) / 2.0) ** 2)


def grid_price(hour):
    """A summer time-of-use tariff, $/kWh: off-peak, shoulder, peak 13:00-20:00."""
    if hour < 7 or hour >= 22:
        return 0.08
    if 13 <= hour < 20:
        return 0.18
    return 0.11


def dr_window(hour):
    return 13 <= hour < 20


V2G_WEAR = 0.03     # $/kWh a host pays a guest EV above the export price for discharging (battery wear)


def main():
    with open(os.path.join(OUT, "houses.csv"), "w") as f:
        f.write("house,period,pv_kwh,interruptible_kwh,uninterruptible_kwh,dr_callable_kwh\n")
        for ec in ("ec1", "ec2", "ec3"):
            for i in range(6):
                house = f"{ec}-h{i + 1}"
                for h in HOURS:
                    pv = KWP[i] * SKY[ec] * pv_per_kwp(h)
                    idl = SCALE[ec][i] * interruptible(h)
                    uid = SCALE[ec][i] * uninterruptible(h)
                    call = 0.2 * idl if dr_window(h) else 0.0
                    f.write(f"{house},{h},{pv:.3f},{idl:.3f},{uid:.3f},{call:.3f}\n")
    with open(os.path.join(OUT, "prices.csv"), "w") as f:
        f.write("period,grid_buy,grid_sell,dr_incentive,dr_fine,ens,ev_discharge\n")
        for h in HOURS:
            g = grid_price(h)
            dr, fine = (0.05, 0.03) if dr_window(h) else (0.02, 0.0)
            f.write(f"{h},{g:.4f},{g:.4f},{dr:.4f},{fine:.4f},{1.1 * g:.4f},{g + V2G_WEAR:.4f}\n")


if __name__ == "__main__":
    main()
