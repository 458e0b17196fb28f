import { cssString } from './html.js';

/**
 * The handbooks' style sheet: inline, with system fonts only (nothing is loaded), readable on
 * screen and printed on A4 in black and white — meaning is carried by words, borders and marks,
 * never by colour alone.
 */
export const STYLES = `
:root {
  --ink: #1d1f21;
  --muted: #4a4f55;
  --accent: #7a3418;
  --accent-soft: #f6ece4;
  --line: #b9b2aa;
  --line-soft: #dcd6cf;
  --todo: #8a4b00;
  --todo-soft: #fff3df;
  --ok: #1e5c37;
  --paper: #fffdfa;
  --serif: Georgia, "DejaVu Serif", "Liberation Serif", serif;
  --sans: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
html { background: #ece6de; color: var(--ink); font-family: var(--sans); font-size: 16px; line-height: 1.5; }
body { margin: 0 auto; max-width: 210mm; background: var(--paper); padding: 0 16mm 12mm; box-shadow: 0 0 0 1px #d8d0c6, 0 6px 24px rgba(60, 40, 20, .12); }
h1, h2, h3, h4, h5 { font-family: var(--serif); color: var(--ink); line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2.2rem; margin: 0 0 .3em; }
h2 { font-size: 1.6rem; margin: .4em 0 .8em; padding-bottom: .25em; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; margin: 1.6em 0 .5em; color: var(--accent); }
h4 { font-size: 1.02rem; margin: 1.2em 0 .4em; }
h5 { font-size: .95rem; margin: 1em 0 .3em; }
p { margin: .35em 0 .7em; }
a { color: #1c4f7a; text-decoration-thickness: 1px; text-underline-offset: 2px; }
ul, ol { padding-left: 1.4em; margin: .3em 0 .8em; }
li { margin: .15em 0; }
small, .muted { color: var(--muted); }
blockquote { margin: .5em 0 .8em; padding: .3em 0 .3em 1em; border-left: 3px solid var(--line); font-family: var(--serif); font-style: italic; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: minmax(9rem, 30%) 1fr; gap: .25em 1em; margin: .5em 0 1em; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: .6em 0 1.2em; font-size: .9rem; }
caption { text-align: left; font-weight: 700; font-family: var(--serif); padding: .3em 0 .5em; caption-side: top; }
th, td { border: 1px solid var(--line); padding: .35em .5em; vertical-align: top; text-align: left; }
thead th { background: var(--accent-soft); font-weight: 700; }
tbody th { font-weight: 600; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }

/* Cover and table of contents */
.cover { padding: 14mm 0 8mm; }
.cover-page { display: flex; flex-direction: column; border-left: 5px solid var(--accent); padding-left: 9mm; }
.cover-main { flex: 1 0 auto; }
.epigraph { margin: 14mm 0 4mm; }
.epigraph blockquote { border: 0; padding: 0; margin: 0; font-size: 1.3rem; color: var(--ink); }
.epigraph blockquote p { margin: 0; }
.epigraph figcaption { color: var(--muted); font-size: .85rem; margin-top: .3em; }
.cover .kicker { font-family: var(--sans); text-transform: uppercase; letter-spacing: .12em; font-size: .85rem; color: var(--accent); font-weight: 700; margin: 0 0 .6em; }
.cover h1 { border-bottom: 3px double var(--accent); padding-bottom: .3em; }
.cover .subtitle { font-family: var(--serif); font-size: 1.25rem; margin: .2em 0 1.2em; }
.cover .use { border: 1px solid var(--line); border-radius: 6px; padding: .8em 1.1em; margin-top: 1.4em; background: #fff; }
.cover .use h2 { font-size: 1.1rem; border: 0; margin: 0 0 .4em; padding: 0; }
.stages { display: grid; grid-template-columns: repeat(3, 1fr); gap: .8em; margin: .5em 0 .2em; padding: 0; list-style: none; }
.stages li { border-top: 3px solid var(--accent); padding-top: .4em; margin: 0; }
.stages strong { display: block; font-family: var(--serif); }
nav.toc { break-before: page; page-break-before: always; padding-top: 10mm; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc > ol > li { margin: .55em 0; font-weight: 600; font-size: 1.05rem; }
nav.toc ol ol { padding-left: 2.2em; font-weight: 400; font-size: .92rem; }
nav.toc ol ol li { margin: .1em 0; }
nav.toc a { color: var(--ink); text-decoration: none; border-bottom: 1px dotted var(--line); }
.toc-number { display: inline-block; min-width: 1.8em; color: var(--accent); }

/* Parts */
.part { break-before: page; page-break-before: always; padding-top: 6mm; }
.band { display: flex; justify-content: space-between; gap: 1em; font-size: .75rem; color: var(--muted); border-bottom: 1px solid var(--line-soft); padding-bottom: .3em; margin: 0 0 1.2em; text-transform: uppercase; letter-spacing: .06em; }
.part-number { display: inline-block; min-width: 1.4em; color: var(--accent); }
.intro { font-size: 1.02rem; }
.origin { display: inline-block; font-size: .78rem; color: var(--muted); border: 1px solid var(--line-soft); border-radius: 3px; padding: 0 .4em; margin-left: .4em; font-family: var(--sans); font-weight: 400; font-style: normal; vertical-align: middle; }
.charter-section { break-inside: avoid-page; }
.empty { color: var(--muted); font-style: italic; }
.todo { border: 2px dashed var(--todo); background: var(--todo-soft); border-radius: 4px; padding: .4em .7em; margin: .4em 0 .8em; }
.todo-label { font-weight: 700; color: var(--todo); text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; margin-right: .5em; }
.items { list-style: none; padding: 0; }
.items > li { margin: .35em 0 .6em; }
.items .kind { font-weight: 700; display: block; }
.note { border-left: 3px solid var(--accent); background: var(--accent-soft); padding: .5em .8em; margin: .6em 0 1em; font-size: .92rem; }
.people td, .people th { font-size: .85rem; }

/* Training paths */
.path { break-before: page; page-break-before: always; }
.path:first-of-type { break-before: auto; page-break-before: auto; }
.timeline { list-style: none; padding: 0; margin: .8em 0; counter-reset: phase; }
.timeline > li { position: relative; padding: 0 0 .6em 2.6em; margin: 0; border-left: 2px solid var(--line); margin-left: .9em; break-inside: avoid; }
.timeline > li:last-child { border-left-color: transparent; }
.timeline > li::before { counter-increment: phase; content: counter(phase); position: absolute; left: -.95em; top: 0; width: 1.8em; height: 1.8em; border-radius: 50%; background: var(--paper); border: 2px solid var(--accent); color: var(--accent); font-weight: 700; text-align: center; line-height: 1.6em; font-size: .9rem; }
.timeline h4 { margin: 0 0 .2em; padding-top: .1em; }
.timeline .when { color: var(--muted); font-size: .88rem; margin: 0 0 .4em; }
.steps { list-style: none; padding: 0; margin: 0; }
.steps li { display: grid; grid-template-columns: 9.5rem 1fr; gap: .2em .8em; padding: .3em 0; border-bottom: 1px dotted var(--line-soft); break-inside: avoid; }
.steps .tag { font-size: .74rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); padding-top: .15em; }
.steps .competences { display: block; }
.code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .85em; }

/* Evaluation grids */
.grid { break-before: page; page-break-before: always; }
.grid:first-of-type { break-before: auto; page-break-before: auto; }
.grid table { font-size: .82rem; }
.grid thead th.level { text-align: center; width: 4.2em; font-size: .74rem; hyphens: auto; }
.grid td.tick { text-align: center; vertical-align: middle; }
.box { display: inline-block; width: 1.05em; height: 1.05em; border: 1.5px solid var(--ink); border-radius: 2px; vertical-align: middle; background: #fff; }
.grid td.notes { width: 22%; }
.criteria { margin: .2em 0 0; padding-left: 1.1em; font-weight: 400; }
.dimensions { margin: .2em 0 0; font-weight: 400; font-style: italic; color: var(--muted); }
.criteria ul { padding-left: 1.1em; margin: .1em 0; color: var(--muted); }
.signatures { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .8em; margin: 1em 0; break-inside: avoid; }
.signature { border: 1px solid var(--line); border-radius: 4px; padding: .4em .6em 3.2em; }
.signature p { margin: 0; font-size: .85rem; }
.signature .who { font-weight: 700; }

/* Interview logbook */
.logbook-page { break-before: page; page-break-before: always; }
.logbook + .logbook { break-before: page; page-break-before: always; }
.calendar { width: auto; min-width: 60%; font-size: .82rem; }
.calendar th, .calendar td { padding: .15em .6em; }
.calendar td.blank { min-width: 8em; }
.field { border: 1px solid var(--line); border-radius: 4px; margin: .5em 0; padding: .3em .6em; break-inside: avoid; }
.field > p { margin: 0; font-weight: 700; font-size: .88rem; }
.field .hint { font-weight: 400; color: var(--muted); }
.lines { height: 27mm; background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 7.5mm, var(--line-soft) 7.5mm, var(--line-soft) 7.8mm); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.lines.tall { height: 32mm; }
.inline-fields { display: grid; grid-template-columns: 1fr 1fr; gap: .6em; }
.inline-fields .field { padding-bottom: 1.6em; }
.checklist { list-style: none; padding: 0; columns: 2; column-gap: 1.5em; font-size: .85rem; }
.checklist li { break-inside: avoid; margin: .15em 0; }
.checklist .box { margin-right: .4em; width: .9em; height: .9em; }
dl.facts.agenda { grid-template-columns: 13rem 1fr; font-size: .88rem; margin: .3em 0 .6em; }

/* People to know */
.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: .8em; }
.cards > li { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: .5em .8em; margin: 0; break-inside: avoid; }
.cards p { margin: .1em 0; }
.card-role { font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 700; }
.card-name { font-family: var(--serif); font-size: 1.1rem; font-weight: 700; }

/* En bref and findings */
.advice { list-style: none; padding: 0; counter-reset: advice; }
.advice > li { border: 1px solid var(--line); border-radius: 6px; padding: .6em .9em .5em 3.4em; margin: .6em 0; position: relative; break-inside: avoid; }
.advice > li::before { counter-increment: advice; content: counter(advice); position: absolute; left: .7em; top: .5em; font-family: var(--serif); font-size: 1.5rem; font-weight: 700; color: var(--accent); }
.advice .text { font-family: var(--serif); margin: 0 0 .3em; }
.status { display: inline-block; font-weight: 700; font-size: .8rem; letter-spacing: .04em; text-transform: uppercase; border: 1.5px solid currentColor; border-radius: 3px; padding: 0 .45em; margin-bottom: .2em; }
.status.done { color: var(--ok); }
.status.open { color: var(--todo); border-style: dashed; }
.status.unchecked { color: var(--muted); border-style: dotted; }
.advice .checked-by { font-size: .85rem; color: var(--muted); margin: .2em 0; }
.finding { border-top: 1px solid var(--line-soft); padding: .4em 0; break-inside: avoid; }
.finding p { margin: .15em 0; }
.severity { font-weight: 700; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.location { font-size: .82rem; color: var(--muted); }
.rule-group { break-inside: avoid-page; }

.draft-band { position: sticky; top: 0; z-index: 1; margin: 0 0 6mm; padding: .6em .9em; border: 2px solid #000; background: #fff; font-family: var(--sans); font-size: .9rem; }
.draft-band strong { text-transform: uppercase; letter-spacing: .04em; margin-right: .4em; }
.band .draft-mark { font-weight: 700; color: #000; border: 1px solid #000; padding: 0 .4em; }

.colophon { margin: 4mm 0 0; padding-top: .6em; border-top: 1px solid var(--line-soft); font-size: .78rem; color: var(--muted); }

@media screen {
  .part, nav.toc { border-top: 1px dashed var(--line); margin-top: 14mm; }
  .logbook-page, .grid, .path { border-top: 1px dashed var(--line-soft); margin-top: 10mm; padding-top: 4mm; }
}

@page {
  size: A4;
  margin: 18mm 15mm 18mm 15mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-family: var(--sans); font-size: 8pt; color: #4a4f55; }
}
@page cover {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-right { content: none; }
}
@media print {
  html { background: #fff; font-size: 10pt; }
  body { max-width: none; padding: 0; box-shadow: none; background: #fff; }
  .cover, nav.toc { page: cover; }
  .cover { padding-top: 0; }
  .cover-page { min-height: 258mm; padding-top: 28mm; }
  .band { margin-top: 0; }
  a { color: inherit; text-decoration: none; }
  .part { padding-top: 0; }
}
`;

/**
 * The running headers: every page names the handbook (top left) and its part (top right), with
 * CSS paged media (named pages, margin boxes); the band at the top of each part is the visible
 * fallback for browsers that print without them.
 */
export function pageRules(runningTitle: string, parts: ReadonlyArray<{ readonly id: string; readonly title: string }>): string {
    const header = 'font-family: var(--sans); font-size: 8pt; color: #4a4f55;';
    const rules = [`@page { @top-left { content: ${cssString(runningTitle)}; ${header} } }`];
    for (const part of parts) {
        rules.push(`#${part.id} { page: ${part.id}; }`);
        rules.push(`@page ${part.id} { @top-right { content: ${cssString(part.title)}; ${header} } }`);
    }
    return `\n${rules.join('\n')}\n`;
}
