/**
 * The one stylesheet of the HTML views, inlined in every page (no external files, so the report
 * works offline and the Content-Security-Policy can pin it by hash). Readable on a phone:
 * a single column, tables and charts scroll sideways instead of squeezing.
 */
export const STYLES = `
:root{--bg:#fdfdfb;--fg:#1d1f21;--muted:#5a5f66;--line:#d8dadd;--panel:#f3f4f1;--link:#0b57a4;--focus:#c2410c;
--quote:#e3efff;--claim:#fff1c2;--entity:#1d1f21;--loaded:#b3261e;--target:#ffe58a;
--carried:#1e7b34;--omitted:#8a8f96;--disputed:#b3261e;
color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#151719;--fg:#e6e6e3;--muted:#a4a9b0;--line:#3a3e43;--panel:#1f2225;--link:#8cc4ff;--focus:#ffb37a;
--quote:#1c3350;--claim:#4a3d10;--entity:#e6e6e3;--loaded:#ff8a80;--target:#5c4a00;--carried:#6fd08c;--omitted:#8a8f96;--disputed:#ff8a80}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 Georgia,'Iowan Old Style','Palatino Linotype',serif}
header.site,main,footer.site{max-width:52rem;margin:0 auto;padding:0 1rem}
header.site{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem 1rem;padding-top:.75rem;padding-bottom:.5rem;border-bottom:1px solid var(--line);font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
header.site .brand{font-weight:700;margin-right:1rem;color:var(--fg);text-decoration:none}
nav ul{display:inline-flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
nav a[aria-current]{font-weight:700}
main{padding-top:1rem;padding-bottom:3rem}
h1,h2,h3,h4{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.6rem;margin-top:.5em}h2{font-size:1.3rem}h3{font-size:1.1rem}h4{font-size:1rem}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
:focus:not(:focus-visible){outline:none}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.meta,.muted,figcaption,.legend,.notes,caption{color:var(--muted);font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.9rem}
.meta{margin:.25rem 0 .75rem}
section.page{border-top:3px double var(--line);margin-top:3rem}
section.page:first-of-type{border-top:0;margin-top:0}
.table-scroll,.chart-scroll{position:relative;overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
.add-form input[type=text],.add-form input[type=url],.add-form input[type=date],.add-form textarea{width:100%;max-width:100%;box-sizing:border-box;font:inherit;padding:.4em}
.add-form fieldset{margin:1em 0;border:1px solid var(--line);padding:.8em}
table{border-collapse:collapse;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.9rem;margin:.5rem 0 1rem;min-width:100%}
caption{text-align:left;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--line);white-space:nowrap}
table.coverage th[scope=row]{min-width:13rem;max-width:24rem;font-weight:400}
table.coverage thead th.wrap{white-space:normal;min-width:6.5rem;vertical-align:bottom}
table.coverage th[scope=row],table.coverage thead th:first-child{position:sticky;left:0;background:var(--bg);z-index:1}
td.cell{font-size:1.1rem;text-align:center;white-space:nowrap}
.cell-carried{color:var(--carried)}.cell-omitted{color:var(--omitted)}.cell-disputed{color:var(--disputed);font-weight:700}
.story-list{list-style:none;padding:0;margin:0}
.story-list>li{padding:.9rem 0;border-bottom:1px solid var(--line)}
.story-list h2,.story-list h3{margin:0 0 .25rem;font-size:1.15rem}
.badge{display:inline-block;padding:0 .45em;border-radius:.6em;background:var(--panel);font-size:.85rem;font-family:system-ui,sans-serif}
.badge.disputed{color:var(--disputed);font-weight:700}
.perspective-bar{display:block;max-width:24rem;margin:.35rem 0}
.perspective-bar svg{display:block;width:100%;height:.7rem;border-radius:.2rem}
.brief{font-size:1.1rem;background:var(--panel);padding:.75rem 1rem;border-left:4px solid var(--line)}
sup.cites{font-family:system-ui,sans-serif;font-size:.7em;line-height:0}
sup.cites a{text-decoration:none;padding:0 .05em}
.notes{padding-left:1.5rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-top:6px solid var(--g,var(--line));border-radius:.3rem;padding:.6rem .8rem;background:var(--bg)}
.card h3,.card h4{margin:.2rem 0 .4rem}
.card ul{padding-left:1.1rem;margin:.3rem 0}
blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--line)}
.g0{--g:#0072b2}.g1{--g:#d55e00}.g2{--g:#009e73}.g3{--g:#cc79a7}.g4{--g:#e69f00}.g5{--g:#56b4e9}.g6{--g:#8a6d00}.g7{--g:#6a3d9a}.gx{--g:#8a8f96}
.bar{fill:var(--g)}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.35em;border-radius:.15em;background:var(--g);vertical-align:-.05em}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.25rem 0}
figure.chart{margin:1rem 0}
figure.chart svg{display:block;width:100%;min-width:26rem;height:auto;font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
.chart text{fill:var(--fg);font-size:12px}
.chart .chart-head{font-weight:700;font-size:13px}
.chart .chart-value,.chart .muted{fill:var(--muted)}
.chart .axis{stroke:var(--muted);stroke-width:1}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--link);font-family:system-ui,sans-serif;font-size:.9rem}
.article-body p{margin:0 0 1em}
.article-body h3{margin:1.2em 0 .5em}
.sent{scroll-margin-top:4rem;border-radius:.15em}
.sent:target,.sent.is-target{background:var(--target);box-shadow:0 0 0 .15em var(--target)}
.sent:target .q,.sent.is-target .q{background:none}
.sent:focus{outline:none}
.q{background:var(--quote)}
.c{background:var(--claim);font-weight:700}
.e{border-bottom:1.5px dotted var(--entity)}
.l{text-decoration:underline wavy var(--loaded);text-decoration-thickness:1px;text-underline-offset:.2em}
.legend .q,.legend .c,.legend .e,.legend .l{padding:0 .25em}
.hl-off .q,.hl-off .c{background:none;font-weight:inherit}.hl-off .e{border:0}.hl-off .l{text-decoration:none}
.profile dt{font-weight:700;font-family:system-ui,sans-serif;font-size:.95rem;margin-top:.8rem}
.profile dd{margin-left:0}
.evidence{list-style:none;padding-left:.75rem;border-left:3px solid var(--line);margin:.25rem 0 .5rem;font-size:.95rem}
.evidence li{margin:.2rem 0}
.score{font-family:system-ui,sans-serif;font-variant-numeric:tabular-nums}
.neg{color:var(--disputed)}.pos{color:var(--carried)}
.disclosure{border:1px solid var(--disputed);border-radius:.3rem;padding:.5rem .75rem;font-family:system-ui,sans-serif;font-size:.9rem}
.messages li{margin:.3rem 0}
.sev-error{color:var(--disputed);font-weight:700}.sev-warning{color:#9a5b00}
@media (max-width:40rem){body{font-size:1rem}h1{font-size:1.35rem}.brief{padding:.6rem .7rem}table.coverage th[scope=row]{min-width:9rem}table.coverage thead th.wrap{min-width:4.5rem}}
@media print{.skip,nav,details.chart-data{display:none}a{color:inherit}}
`.trim();
