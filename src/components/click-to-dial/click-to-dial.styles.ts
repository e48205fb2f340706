import { css } from 'lit';

export const clickToDialStyles = css`
  :host { display: block; }
  [part='status'], [part='error'], [part='notice'] { margin: var(--_adk-space-1) 0 0; font-size: var(--_adk-font-size-small); }
  [part='status']:empty, [part='error']:empty, [part='notice']:empty { display: none; }
  [part='error'] { color: var(--_adk-danger); }
  [part='confirm'] {
    display: flex; flex-wrap: wrap; align-items: center; gap: var(--_adk-space-2);
    margin-top: var(--_adk-space-1); padding: var(--_adk-space-2);
    border: 1px solid var(--_adk-border); border-radius: var(--_adk-radius);
  }
  [part='confirm'] p { margin: 0; flex: 1 1 auto; }
`;
