// Draws each <figure class="chart"> of a dashboard page with uPlot, from the JSON in its data-chart attribute
// ({hours: [...], series: [{label, kwh: [...]}]}), written by RunCharts. A file rather than an inline script, so the
// pages would pass a Content-Security-Policy of script-src 'self'.
(function () {
  "use strict";
  var COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

  // Hours from the start of the day as hh:mm (a period length of 0.25 h gives 13:45); past 24 h it keeps counting.
  function clock(hours) {
    if (hours == null) {
      return "--";
    }
    var minutes = Math.round(hours * 60);
    return String(Math.floor(minutes / 60)).padStart(2, "0") + ":" + String(minutes % 60).padStart(2, "0");
  }

  function kwh(value) {
    return value == null ? "--" : value.toFixed(3) + " kWh";
  }

  document.querySelectorAll("figure.chart").forEach(function (figure) {
    var chart = JSON.parse(figure.dataset.chart);
    var options = {
      width: Math.max(320, figure.clientWidth),
      height: 220,
      scales: {x: {time: false}},
      // One sync key for all charts of the page: hovering a period in one shows the same period in the others.
      cursor: {sync: {key: "cemc-run"}},
      axes: [
        // Ticks on whole quarter-hours and hours (uPlot's defaults would put them at 3-minute steps).
        {incrs: [0.25, 0.5, 1, 2, 3, 6, 12], values: function (u, splits) { return splits.map(clock); }},
        {label: "kWh per period"}
      ],
      series: [{label: "time", value: function (u, hours) { return clock(hours); }}].concat(
        chart.series.map(function (series, i) {
          return {label: series.label, stroke: COLOURS[i % COLOURS.length], width: 2,
            value: function (u, value) { return kwh(value); }};
        }))
    };
    var data = [chart.hours].concat(chart.series.map(function (series) { return series.kwh; }));
    new uPlot(options, data, figure);
  });
})();
