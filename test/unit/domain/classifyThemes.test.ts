import { describe, expect, it } from 'vitest';
import { classifyThemes, sortThemes } from '../../../src/domain/classifyThemes';

describe('classifyThemes', () => {
  describe('follows its documented example', () => {
    // 001 line 463: ・子育てアプリ登録者数 ⇒ 現状値(R2.1)470名 目標数値 970名
    it('子育てアプリ登録者数 → childcare (子育て) and dx (アプリ)', () => {
      expect(classifyThemes('子育てアプリ登録者数')).toEqual(['childcare', 'dx']);
    });
  });

  describe('a text with one theme', () => {
    it('観光入込客数 (001 line 241) → tourism', () => {
      expect(classifyThemes('観光入込客数')).toEqual(['tourism']);
    });
    it('合計特殊出生率 (001 line 420) → childcare (出生)', () => {
      expect(classifyThemes('合計特殊出生率')).toEqual(['childcare']);
    });
    it('温室効果ガスの総排出量（市全体） (002 line 523) → decarbonization', () => {
      expect(classifyThemes('温室効果ガスの総排出量（市全体）')).toEqual(['decarbonization']);
    });
    it('人口千人あたりの犯罪件数 (002 line 405) → community-safety', () => {
      expect(classifyThemes('人口千人あたりの犯罪件数')).toEqual(['community-safety']);
    });
    it('the 000 最重点基本目標 title → migration (住み続け)', () => {
      expect(classifyThemes('住んでみたい、住んでよかった、住み続けたいと誰もが思える「北斗市」')).toEqual(['migration']);
    });
  });

  describe('a text with several themes', () => {
    it('新函館北斗駅周辺への立地企業数 (000 line 767) → jobs (企業) and transport-urban (駅)', () => {
      expect(classifyThemes('新函館北斗駅周辺への立地企業数')).toEqual(['jobs', 'transport-urban']);
    });
    it('介護予防ボランティア登録者数 (004 line 393) → health-welfare and community-safety', () => {
      expect(classifyThemes('介護予防ボランティア登録者数')).toEqual(['health-welfare', 'community-safety']);
    });
  });

  describe('order', () => {
    // 003 line 212: 公共施設 (transport-urban) comes before デジタル (dx) in the text.
    it('is the dictionary order, not the order of the words in the text', () => {
      expect(classifyThemes('公共施設窓口業務のデジタル化の推進')).toEqual(['dx', 'transport-urban']);
    });
  });

  describe('repeated keywords', () => {
    // 000 line 410: 出会い・結婚・妊娠・出産・育児, five childcare keywords.
    it('name a theme once', () => {
      expect(classifyThemes('充実する子育て支援により出会い・結婚・妊娠・出産・育児のイメージを描ける「まち」をつくる')).toEqual(['childcare']);
    });
  });

  describe('NFKC', () => {
    it('reads the full-width ＤＸ of 002 line 530 as DX', () => {
      expect(classifyThemes('自治体ＤＸの推進')).toEqual(['dx']);
    });
    it('reads full-width ＩＣＴ as ICT', () => {
      expect(classifyThemes('ＩＣＴ業務環境の構築')).toEqual(['dx']);
    });
    it('matches the keyword Society 5.0 written in full-width letters', () => {
      expect(classifyThemes('Ｓｏｃｉｅｔｙ５．０の実現')).toEqual(['dx']);
    });
  });

  describe('a text with no keyword', () => {
    it('住民基本台帳人口 (001 line 540) → no theme (人口 alone is not a keyword)', () => {
      expect(classifyThemes('住民基本台帳人口')).toEqual([]);
    });
    it('いきいき元気ライフプロジェクト (004 line 367) → no theme', () => {
      expect(classifyThemes('いきいき元気ライフプロジェクト')).toEqual([]);
    });
    it('the empty text → no theme', () => {
      expect(classifyThemes('')).toEqual([]);
    });
  });
});

describe('sortThemes', () => {
  it('puts ids in dictionary order', () => {
    expect(sortThemes(['transport-urban', 'childcare', 'jobs'])).toEqual(['childcare', 'jobs', 'transport-urban']);
  });
  it('removes duplicates', () => {
    expect(sortThemes(['dx', 'childcare', 'dx', 'childcare'])).toEqual(['childcare', 'dx']);
  });
  it('accepts any iterable', () => {
    expect(sortThemes(new Set(['decarbonization', 'dx'] as const))).toEqual(['dx', 'decarbonization']);
  });
  it('returns nothing for nothing', () => {
    expect(sortThemes([])).toEqual([]);
  });
});
