/**
 * The two charts of the coverage view, drawn by hand: bars as HTML boxes
 * whose widths Lit sets through CSSOM (no `style` attribute, so a strict CSP
 * allows them), the time line as inline SVG. Each chart is one labelled
 * image for screen readers; its numbers are in the table that follows it.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { CoverageArea, CoverageWeek } from '../../contract/coverage.js';

/** Share of `part` in `whole`, whole per cent; 100 and 0 only when they are exact. */
export function percent(part: number, whole: number): number {
  if (whole <= 0) return 0;
  const share = Math.round((part / whole) * 100);
  if (share === 100 && part < whole) return 99;
  if (share === 0 && part > 0) return 1;
  return share;
}

/** Areas from the least covered to the most; empty areas last; then by name. */
export function byCoverage(areas: readonly CoverageArea[]): CoverageArea[] {
  const share = (area: CoverageArea) => (area.known === 0 ? 2 : area.connected / area.known);
  return [...areas].sort(
    (a, b) => share(a) - share(b) || b.known - a.known || a.name.localeCompare(b.name, 'ru'),
  );
}

const SEGMENTS = ['connected', 'pending', 'rejected', 'notConnected'] as const;

export interface BarLabels {
  chart: string;
  written: (area: CoverageArea) => string;
}

/**
 * Sets a box's width in per cent through CSSOM. Lit's `styleMap` writes a
 * `style` attribute on the first render, which a strict CSP refuses.
 */
const widthOf = (share: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.setProperty('width', `${share}%`);
  });

/** A stacked bar per area: connected, pending, rejected, never applied. */
export function renderBars(areas: readonly CoverageArea[], labels: BarLabels): TemplateResult {
  return html`<div class="bars" role="img" aria-label=${labels.chart} part="bars">
    ${areas.map(
      (area) =>
        html`<div class="bar-row">
          <span class="bar-name">${area.name}</span>
          <span class="bar">
            ${SEGMENTS.map((segment) =>
              area[segment] > 0
                ? html`<span
                    class="segment ${segment}"
                    ${widthOf((area[segment] / area.known) * 100)}
                  ></span>`
                : nothing,
            )}
          </span>
          <span class="bar-figure">${labels.written(area)}</span>
        </div>`,
    )}
  </div>`;
}

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 32;

/** The number of connected organizations week by week, as a line over its area. */
export function renderTimeline(
  weeks: readonly CoverageWeek[],
  label: string,
  format: { number: (value: number) => string; week: (week: string) => string },
): TemplateResult {
  const max = Math.max(1, ...weeks.map((week) => week.total));
  const span = WIDTH - LEFT - RIGHT;
  const x = (index: number) =>
    weeks.length === 1 ? LEFT + span / 2 : LEFT + (index * span) / (weeks.length - 1);
  const y = (total: number) => TOP + (1 - total / max) * (HEIGHT - TOP - BOTTOM);
  const points = weeks.map((week, index) => `${x(index)},${y(week.total)}`).join(' ');
  const floor = HEIGHT - BOTTOM;
  const area = `${x(0)},${floor} ${points} ${x(weeks.length - 1)},${floor}`;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];

  return html`<svg
    class="timeline"
    part="timeline"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-label=${label}
  >
    ${svg`<line class="axis" x1=${LEFT} y1=${floor} x2=${WIDTH - RIGHT} y2=${floor}></line>
      <line class="grid" x1=${LEFT} y1=${TOP} x2=${WIDTH - RIGHT} y2=${TOP}></line>
      <text class="tick" x=${LEFT - 8} y=${TOP + 5} text-anchor="end">${format.number(max)}</text>
      <text class="tick" x=${LEFT - 8} y=${floor + 5} text-anchor="end">0</text>
      <polygon class="fill" points=${area}></polygon>
      <polyline class="line" points=${points}></polyline>
      ${
        first && last
          ? svg`<text class="tick" x=${LEFT} y=${HEIGHT - 8}>${format.week(first.week)}</text>
            <text class="tick" x=${WIDTH - RIGHT} y=${HEIGHT - 8} text-anchor="end">
              ${format.week(last.week)}
            </text>`
          : nothing
      }`}
  </svg>`;
}
