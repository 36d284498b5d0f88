import type { Lang } from '../i18n/locales';
import { translator } from '../i18n/translator';
import type { Plan } from '../schemas/plan';

/** What a page says of a plan's original publication. */
export interface OriginalPublication {
  /** The municipality's URL for the document (from the manifest), or null where none was found. */
  href: string | null;
  /** Link text, or the statement that no URL was found. */
  label: string;
  /** The date as the page shows it after the label ('（公表 2020-03）'), or '' when the manifest has none. */
  published: string;
}

/**
 * A plan's original publication in words, for source pages, plan lists and citations.
 * 北斗市 第2期 (url of its page, published 2020-03) in ja →
 * `{ href: 'http://www.city.hokuto…/content0299.html', label: '北斗市のウェブページ', published: '（公表 2020-03）' }`;
 * a plan without a URL → `{ href: null, label: '自治体のウェブサイトでは見つかっていません', published: '' }`.
 */
export function originalPublication(plan: Pick<Plan, 'url' | 'urlKind' | 'published'>, city: string, lang: Lang): OriginalPublication {
  const t = translator(lang);
  const published = plan.published === null ? '' : t('original.published', { date: plan.published });
  if (plan.url === null) return { href: null, label: t('original.none'), published };
  return { href: plan.url, label: t(plan.urlKind === 'document' ? 'original.document' : 'original.page', { city }), published };
}
