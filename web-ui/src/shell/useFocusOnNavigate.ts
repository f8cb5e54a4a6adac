import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A client-side navigation changes the page without the browser telling a screen reader: move focus to the new
 * page's heading (or the main region) so it is announced and the keyboard starts from the top of the content.
 * The first render is left alone: the browser has just loaded the page and reads it from the start anyway.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) {
      return;
    }
    previous.current = pathname;
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (target) {
      if (!target.hasAttribute('tabindex')) {
        target.setAttribute('tabindex', '-1');
      }
      target.focus();
    }
  }, [pathname]);
}
