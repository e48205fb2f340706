import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    font: 14px/1.4 system-ui, sans-serif;
    color: CanvasText;
    /* In a page's grid column, down to a 280 px side panel: long names and values wrap. */
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    padding: 0.75rem;
  }
  section {
    border: 1px solid color-mix(in srgb, CanvasText 20%, transparent);
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
  }
  h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    align-items: center;
  }
  li.row > span {
    flex: 1 1 10rem;
  }
  .active {
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  th,
  td {
    text-align: start;
    padding: 0.125rem 0.375rem;
    border-bottom: 1px solid color-mix(in srgb, CanvasText 12%, transparent);
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 6rem;
    font: 12px/1.4 ui-monospace, monospace;
  }
  .toast {
    border: 1px solid color-mix(in srgb, CanvasText 30%, transparent);
    border-radius: 6px;
    padding: 0.5rem;
  }
  .toast h3 {
    margin: 0;
    font-size: 0.95rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    margin: 0.25rem 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .log {
    font: 12px/1.4 ui-monospace, monospace;
    max-height: 10rem;
    overflow: auto;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
