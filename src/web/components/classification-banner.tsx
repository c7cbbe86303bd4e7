/**
 * A classification banner line, coloured by the level's rank on the shared scale (never by its words,
 * which differ by party): 0 green, 1 blue, 2 red, 3 orange, 4 purple, anything else grey.
 */
import { useT } from '../messages/locale.context.js';

export function levelClassName(rank: number): string {
  return Number.isInteger(rank) && rank >= 0 && rank <= 4 ? `level-${rank}` : 'level-unknown';
}

/** The banner with line-break opportunities after each "//" and ", ", so it wraps between its parts. */
function BannerText({ banner }: { readonly banner: string }) {
  const parts = banner.split(/(?<=\/\/|, )/);
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}

type Variant = 'top' | 'bottom' | 'chip' | 'preview';

interface BannerProps {
  readonly banner: string;
  readonly rank: number;
  readonly variant: Variant;
  /** The same marking in the reader's own party's words, where it differs. */
  readonly readerBanner?: string | null;
}

export function ClassificationBanner({ banner, rank, variant, readerBanner }: BannerProps) {
  const t = useT();
  const className = `banner banner--${variant} ${levelClassName(rank)}`;
  const testId = variant === 'top' || variant === 'bottom' ? `banner-${variant}` : undefined;
  return (
    <div className={className} data-testid={testId} data-rank={rank}>
      <span className="visually-hidden">{t('banner.prefix')}</span>
      <span className="banner__text">
        <BannerText banner={banner} />
      </span>
      {readerBanner ? (
        <span className="banner__reader" data-testid={testId ? `${testId}-reader` : undefined}>
          {t('banner.readerWords', { banner: readerBanner })}
        </span>
      ) : null}
    </div>
  );
}
