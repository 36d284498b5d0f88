/** The review page's own stylesheet (inlined: the page is a local file with no other resources). */
export const REVIEW_STYLE = `
:root { color-scheme: light; font-family: system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0 auto; max-width: 82rem; padding: 0 1rem 4rem; }
a { color: #0b57d0; }
h1 { font-size: 1.4rem; margin: 1.2rem 0 .8rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .8rem; padding-bottom: .2rem; border-bottom: 2px solid #1b1b1b; }
h3 { font-size: 1.1rem; margin: 2rem 0 .6rem; padding: .3rem .6rem; background: #e8eef6; border-left: 6px solid #3a6ea5; }
h4 { font-size: 1rem; margin: 1.4rem 0 .4rem; }
h5 { font-size: 1rem; margin: 0; }
.indicator .meta { margin: .1rem 0 .5rem; }
h1, h2, h3, h4, h5, p, li, caption { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 .6rem; }
caption { text-align: left; font-size: .85rem; color: #4a4a4a; padding: .1rem 0; }
th, td { border: 1px solid #cfcfcf; padding: .2rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th, th[scope="row"] { background: #f3f3f3; font-weight: 600; }
.fields th[scope="row"] { width: 9.5em; }
.summary th[scope="row"] { width: 12em; }
.values thead th { width: 38%; }
.counts td { font-size: 1.4rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.counts th, .counts td { text-align: center; }
.counts th { overflow-wrap: normal; }
.none { color: #6b6b6b; }
.implied { display: inline-block; font-size: .8rem; background: #efe3ff; color: #3d1a78; padding: 0 .35em; border-radius: 3px; }
.flag { display: inline-block; font-size: .75rem; font-family: system-ui, sans-serif; background: #a3001b; color: #fff; padding: 0 .35em; border-radius: 3px; margin-left: .4em; }
.failure { border: 2px solid #a3001b; background: #fff1f2; padding: .5rem 1rem; }
.help { background: #f7f7f2; border: 1px solid #ddd9c4; padding: .4rem 1rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; padding: 0; list-style: none; }
.outline li { margin: .15rem 0; }
.outline .meta, .indicator .meta, .lines { color: #4a4a4a; font-size: .85rem; font-variant-numeric: tabular-nums; }
.indicator { border: 1px solid #b9b9b9; border-radius: 4px; padding: .7rem; margin: .8rem 0 1.2rem; }
.pair { display: grid; gap: .8rem; align-items: start; }
@media (min-width: 60rem) { .pair { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); } }
.source td, .uncovered td.text { font-family: ui-monospace, "Noto Sans Mono CJK JP", "BIZ UDGothic", monospace; font-size: .9rem; white-space: pre-wrap; tab-size: 2; }
.source th[scope="row"], .uncovered th[scope="row"] { width: 3.8em; text-align: right; font-variant-numeric: tabular-nums; color: #4a4a4a; font-weight: 400; }
.uncovered .reason { width: 9em; overflow-wrap: normal; }
.source tr.hit th, .source tr.hit td { background: #fff1a8; }
.source tr.hit th { color: #1b1b1b; font-weight: 700; box-shadow: inset 4px 0 #b38600; }
.source mark { background: transparent; color: inherit; }
.tab::before { content: "⇥"; color: #9a9a9a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 40rem) { body { padding: 0 .6rem 3rem; } .fields { font-size: .9rem; } .fields th[scope="row"] { width: 6.5em; } .summary th[scope="row"] { width: 7.5em; } .counts td { font-size: 1.15rem; } .counts th { font-size: .78rem; padding: .2rem; } .uncovered .reason { width: 5.5em; } }
`;
