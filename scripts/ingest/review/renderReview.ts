import { createHash } from 'node:crypto';
import { periodJa } from '../../../src/core/eraYear';
import { html, raw, type Html } from './html';
import type { ReviewData } from './ReviewData';
import { renderIndicators } from './renderIndicators';
import { renderOutline } from './renderOutline';
import { renderUncovered } from './renderUncovered';
import { REVIEW_STYLE } from './reviewStyle';

/**
 * No scripts, no requests: only the page's own stylesheet (by hash) may apply, so even text that
 * escaped escaping could neither run nor load anything.
 */
function contentSecurityPolicy(style: string): string {
  const hash = createHash('sha256').update(style).digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

/** The plan period, or what stands in for it, or "not found". */
function renderPeriod(period: ReviewData['period']): Html | string {
  if (period === null) return html`<strong>not found 見つからず</strong> <span class="none">（目標年度は補われない target years are not implied）</span>`;
  if (period.start === null) return html`<strong>not found 見つからず</strong> <span class="none">（目標年度は ${periodJa(period.end, period.end)} で補う implied target year）</span>`;
  return periodJa(period.start, period.end);
}

function renderSummary(data: ReviewData): Html {
  const { municipality: m } = data;
  return html`<table class="fields summary">
<caption>抽出の概要 <span lang="en">summary</span></caption>
<tbody>
<tr><th scope="row">file ファイル</th><td>${data.file}</td></tr>
<tr><th scope="row">encoding 文字コード</th><td>${data.encoding}</td></tr>
<tr><th scope="row">municipality 団体</th><td>${m.name}（${m.prefecture}、${m.code}）</td></tr>
<tr><th scope="row">plan period 計画期間</th><td>${renderPeriod(data.period)}</td></tr>
<tr><th scope="row">lines 行数</th><td>${data.lines.length}</td></tr>
</tbody>
</table>
<table class="counts">
<caption>件数 <span lang="en">counts</span></caption>
<thead><tr><th scope="col">目標 goals</th><th scope="col">施策 measures</th><th scope="col">指標 indicators</th><th scope="col">未読行 uncovered lines</th></tr></thead>
<tbody><tr><td>${data.goals.length}</td><td>${data.measures.length}</td><td>${data.indicators.length}</td><td>${data.uncovered.length}</td></tr></tbody>
</table>`;
}

/**
 * The review page of one extraction: a static, self-contained HTML document (inline style, no
 * script, no external resource) in which every piece of document text is escaped.
 */
export function renderReview(data: ReviewData): string {
  const name = data.municipality.name;
  const page = html`<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(REVIEW_STYLE)}">
<meta name="robots" content="noindex">
<title>抽出レビュー ${name} — ${data.file}</title>
<style>${raw(REVIEW_STYLE)}</style>
</head>
<body>
<header>
<h1>抽出レビュー <span lang="en">extraction review</span>: ${name}</h1>
${renderSummary(data)}
${data.failure === null ? '' : html`<div class="failure" role="alert"><p><strong>抽出に失敗しました <span lang="en">extraction failed</span>:</strong> ${data.failure}</p><p>目標らしい行だけを下に示します。<span lang="en">Only the lines that look like targets are listed below.</span></p></div>`}
<nav aria-label="目次">
<ul>
<li><a href="#outline">目標と施策 outline</a></li>
<li><a href="#indicators">指標 indicators (${data.indicators.length})</a></li>
<li><a href="#uncovered">未読行 uncovered (${data.uncovered.length})</a></li>
</ul>
</nav>
<div class="help">
<p>各指標の項目を、黄色の原文行（前後 2 行付き）と見比べてください。「未読行」は目標らしいのに指標にならなかった行です：抽出の漏れなら抽出器を直し、目標を述べていない行ならマニフェストの <code>explained</code> に理由を書きます。原文は抽出器が読むとおり（NFKC・PDF の空白除去後）に表示し、タブは ⇥ で示します。</p>
<p lang="en">Check each indicator's fields against its highlighted source lines (with 2 lines of context). "Uncovered" lines look like a target but gave no indicator: a miss of the extractor, or a line that states no target (give the reason in the manifest's <code>explained</code>). Lines are shown as the extractor reads them (NFKC, PDF spacing removed); ⇥ marks a tab.</p>
</div>
</header>
<main>
<section aria-labelledby="outline">
<h2 id="outline">目標と施策 <span lang="en">goals and measures</span></h2>
${renderOutline(data)}
</section>
<section aria-labelledby="indicators">
<h2 id="indicators">指標 <span lang="en">indicators</span>（原文順 in source order）</h2>
${renderIndicators(data)}
</section>
<section aria-labelledby="uncovered">
<h2 id="uncovered">未読行 <span lang="en">uncovered lines</span></h2>
${renderUncovered(data.uncovered)}
</section>
</main>
</body>
</html>
`;
  return page.value;
}
