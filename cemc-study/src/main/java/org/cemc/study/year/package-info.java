/**
 * A real year's series for studies over many days: a typical meteorological year (TMY3) turned into PV per kWp,
 * the BDEW household load profile scaled to each house, and the days of a civil clock (with daylight-saving days of
 * 23 and 25 hours) cut out of them, each ready to become a core case. One package because its parts only make sense
 * together: they share the year, its clock and the hour conventions documented in docs/studies.md ("A real year:
 * what is real and what is modelled").
 */
package org.cemc.study.year;
