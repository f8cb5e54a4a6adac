import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
// Khmer glyphs served by the gateway itself: no font CDN, and many machines have no Khmer font installed.
import '@fontsource/noto-sans-khmer/khmer-400.css';
import '@fontsource/noto-sans-khmer/khmer-700.css';
import './i18n';
import './styles.css';
import { AppRoutes } from './App';
import { MeProvider } from './session/MeContext';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <BrowserRouter>
        <MeProvider>
          <AppRoutes />
        </MeProvider>
      </BrowserRouter>
    </StrictMode>,
  );
}

// Load the Khmer font before the first render: text laid out while a web font is still loading was seen to keep
// its fallback boxes after a language switch. The files are small and come from the gateway.
const khmerSample = '\u1780';
Promise.allSettled([
  document.fonts.load(`400 1em "Noto Sans Khmer"`, khmerSample),
  document.fonts.load(`700 1em "Noto Sans Khmer"`, khmerSample),
]).finally(render);
