/**
 * The group page's dimension scores as a horizontal bar chart (Chart.js), drawn on each canvas with a data-chart
 * (src/site/group-parts.ts dimensionChartHtml). The same numbers are always in a table beside it, so the page reads
 * fine without JavaScript.
 */
import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
Chart.defaults.font.family = "'Sarabun', sans-serif";
Chart.defaults.font.size = 15;
Chart.defaults.color = '#0b0c0c';
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  const { labels, values, axis } = JSON.parse(canvas.dataset.chart ?? '{}') as { labels: string[]; values: number[]; axis: string };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: [{ data: values, backgroundColor: values.map((v) => (v >= 80 ? '#00703c' : v >= 60 ? '#b36b00' : '#b3261e')), barThickness: 22 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        x: { min: 0, max: 100, ticks: { callback: (v) => `${v}%`, maxRotation: 0, autoSkip: true }, title: { display: true, text: axis } },
        y: { grid: { display: false } },
      },
    },
  });
}
