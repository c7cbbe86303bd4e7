/** Choosing the interface language; each language is named in its own words. Remembered in this browser. */
import { useLocale, useSetLocale, useT } from '../messages/locale.context.js';
import { locales, type Locale } from '../messages/messages.js';

const ownNames: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский' };

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const setLocale = useSetLocale();
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('language.switch')}
      data-testid="language-switch"
    >
      {locales.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="button button--quiet language-switch__option"
          aria-pressed={code === locale}
          onClick={() => setLocale(code)}
          data-locale={code}
        >
          {ownNames[code]}
        </button>
      ))}
    </div>
  );
}
