import { describe, expect, it } from 'vitest';
import { FAMILIES, familyOf } from '../../../src/domain/families';

describe('familyOf', () => {
  describe('follows its documented example', () => {
    // 000 line 767: 新函館北斗駅周辺への立地企業数：34社（令和５年）→45社（令和11年）
    it('新函館北斗駅周辺への立地企業数 → companies-located', () => {
      expect(familyOf('新函館北斗駅周辺への立地企業数')).toBe('companies-located');
    });
  });

  describe('real indicator names of the seeds', () => {
    const cases: [string, string, string][] = [
      ['001 line 214', '企業立地数(新函館北斗駅周辺)', 'companies-located'],
      ['001 line 420', '合計特殊出生率', 'total-fertility-rate'],
      ['000 line 764', '出生数', 'births'],
      ['001 line 465', '潜在的待機児童数（北海道定義、年度当初）', 'waiting-list-children'],
      ['002 line 365', '保育所（園）待機児童数', 'waiting-list-children'],
      ['001 line 463', '子育てアプリ登録者数', 'childcare-app-users'],
      ['001 line 302', '社会動態の均衡', 'net-migration'],
      ['002 line 322', '社会増減', 'net-migration'],
      ['001 line 380', '移住・定住対策支援事業による市内移住・定住者数', 'settlers'],
      ['001 line 540', '住民基本台帳人口', 'population'],
      ['001 line 241', '観光入込客数', 'tourist-visits'],
      ['004 line 248', '年間観光客数', 'tourist-visits'],
      ['001 line 175', '新規雇用増加数', 'new-jobs'],
      ['001 line 292', '新規起業・創業者数', 'business-startups'],
      ['002 line 462', '市内創業件数', 'business-startups'],
      ['004 line 334', '新規就農者数（親元就農等含む。）', 'new-farmers'],
      ['001 line 571', '町内会加入率', 'neighbourhood-association-membership'],
      ['002 line 427', '自主防災組織の組織率', 'voluntary-disaster-organizations'],
      ['002 line 490', 'ボランティア登録人数（累計）', 'volunteers'],
      ['004 line 393', '介護予防ボランティア登録者数', 'volunteers'],
      ['004 line 97', '不登校出現率（小学校）', 'school-non-attendance'],
      ['004 line 389', '成人歯科検診受診率', 'health-checkups'],
      ['004 line 390', '特定健診受診率', 'health-checkups'],
      ['004 line 391', '後期高齢者健康診査受診率', 'health-checkups'],
      ['004 line 394', '人口に占める認知症サポーターの割合', 'dementia-supporters'],
      ['002 line 530', 'マイナンバーカード普及率', 'my-number-card'],
      ['004 line 564', 'マイナンバーカードを活用したサービス数', 'my-number-card'],
      ['002 line 523', '温室効果ガスの総排出量（市全体）', 'ghg-emissions'],
      ['002 line 527', '再生可能エネルギーの普及率', 'renewable-energy'],
      ['001 line 619', '道南いさりび鉄道利用人数（1日平均乗車人数）', 'public-transport-ridership'],
      ['001 line 621', '市内運行の路線バス乗車密度（1台1日1キロあたり平均乗車人数）', 'public-transport-ridership'],
      ['002 line 405', '人口千人あたりの犯罪件数', 'crime-rate'],
      ['002 line 407', '人口千人あたりの交通事故件数', 'traffic-accidents'],
      ['001 line 410', '関係人口', 'exchange-population'],
      ['001 line 623', '茂辺地・石別地区の交流人口数', 'exchange-population'],
      ['001 line 461', '妊娠・出産について満足している者の割合', 'resident-satisfaction'],
      ['001 line 530', '出会いの場創出イベント参加者数', 'matchmaking-events'],
      ['004 line 241', '野菜(いも類、果樹等含む)の販売額', 'farm-output'],
      ['004 line 242', '畜産物の販売額', 'farm-output'],
      ['004 line 244', '労働生産性(工業統計 粗付加価値額/従業員数)', 'labour-productivity'],
      ['002 line 449', '就業者一人あたり市内純生産', 'labour-productivity'],
      ['002 line 453', '農業従事者一人あたりの農業算出額', 'labour-productivity'],
      ['004 line 245', '粗付加価値額(工業統計)', 'value-added'],
      ['002 line 456', '付加価値額(製造業)', 'value-added'],
      ['004 line 327', '福祉施設から一般就労への移行者数', 'disability-employment'],
      ['004 line 328', '北上公共職業安定所管内企業の障がい者雇用率', 'disability-employment'],
      ['004 line 330', '就職率(就職件数/新規求職申込件数)', 'employment'],
      ['004 line 490', '消防団員の確保率(団員数/条例定数)', 'volunteer-fire-corps'],
      ['004 line 491', '災害時の避難経路を知っている割合(市民意識調査)', 'disaster-preparedness'],
      ['002 line 429', '防災訓練に参加した市民の参加者割合', 'disaster-preparedness'],
      ['002 line 412', '各種スポーツ・レクリエーションの団体数', 'sports-participation'],
      ['002 line 414', '各種スポーツ・レクリエーションの会員数', 'sports-participation'],
      // Wording of towns that are not seeds (../shared/corpus/).
      ['kakogawa-2021', '婚姻数', 'marriages'],
      ['kakogawa-2021', '転入者数', 'in-migration'],
      ['kakogawa-2021', '転出者数', 'out-migration'],
      ['kakogawa-2021', '転出超過数', 'net-migration'],
      ['kakogawa-2021', '刑法犯罪発生件数', 'crime-rate'],
      ['kakogawa-2021', '交通人身事故発生件数', 'traffic-accidents'],
      ['mima-2019', '総合型スポーツクラブの加入者数', 'sports-participation'],
    ];
    for (const [where, name, family] of cases) {
      it(`${name} (${where}) → ${family}`, () => {
        expect(familyOf(name)).toBe(family);
      });
    }
  });

  describe('NFKC', () => {
    // 002 line 534 writes 手 as the Kangxi radical ⼿ (U+2F3F); only オンライン手続 can match it.
    it('reads オンライン⼿続き利用割合 (Kangxi ⼿) as online-procedures', () => {
      expect(familyOf('オンライン\u2F3F続き利用割合')).toBe('online-procedures');
    });
    it('reads full-width ＩＣＴ as ICT for digital-services', () => {
      expect(familyOf('ＩＣＴを活用したサービス数')).toBe('digital-services');
    });
  });

  describe('when several families match', () => {
    // 004 line 521 also names ボランティア活動, but volunteers needs 登録 or 人数 after it.
    it('地域活動やボランティア活動などに参加している市民の割合 (004 line 521) → community-participation', () => {
      expect(familyOf('地域活動やボランティア活動などに参加している市民の割合（市民意識調査）')).toBe('community-participation');
    });
    it('the first family in the list wins (移住相談者数 before 移住者数)', () => {
      expect(familyOf('移住相談者数及び移住者数')).toBe('migration-inquiries');
    });
  });

  describe('anchored and excluded patterns', () => {
    it('population needs the name to start with 住民基本台帳人口 (001 line 304 note starts with ※)', () => {
      expect(familyOf('※住民基本台帳人口（外国人を含む）')).toBeNull();
    });
    it('an excluded word keeps a name out of the family (産業観光 vs 観光入込客数)', () => {
      expect(familyOf('産業観光入込客数')).toBeNull();
    });
  });

  describe('an indicator in no family', () => {
    const none: [string, string][] = [
      ['004 line 249', '産業観光客数'],
      ['003 lines 248–264', '諸証明発行総数に対するコンビニ交付利用率'],
      ['002 line 329', '北本駅の平日の運行本数'],
      ['004 line 387', '心身ともに健康だと感じる人の割合（70歳代以上）'],
      ['003 line 312', 'アプリ利用者数'],
    ];
    for (const [where, name] of none) {
      it(`${name} (${where}) → null`, () => {
        expect(familyOf(name)).toBeNull();
      });
    }
    it('the empty name → null', () => {
      expect(familyOf('')).toBeNull();
    });
  });
});

describe('FAMILIES', () => {
  it('has unique ids', () => {
    const ids = FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('names each family in Japanese and English with at least one pattern', () => {
    for (const f of FAMILIES) expect([f.id, f.ja.length > 0, f.en.length > 0, f.match.length > 0]).toEqual([f.id, true, true, true]);
  });
});
