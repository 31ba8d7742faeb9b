import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App, isLoadingIn } from './app/app';
import { bootstrap } from './app/bootstrap';
import { mountPoint } from './app/prerendered-intro';
import { createSafeStorage } from './lib/safe-storage';
import { AppProvider } from './services/app-services';
import './styles/app.css';

/**
 * Runs `then` once the app's first render is in the document, before the browser paints it: a
 * prerendered intro that did not fit this visit is swapped for the app in one frame.
 */
function InDocument({ then, children }: { then: () => void; children: ReactNode }) {
  useLayoutEffect(then, [then]);
  return children;
}

// From here on the app reports its own failures (startup.js stands down).
document.documentElement.setAttribute('data-started', '');

try {
  const { services, i18n, screens } = await bootstrap({
    location: window.location,
    storage: createSafeStorage(),
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  const mount = mountPoint(document, services);
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppProvider value={services}>
          <InDocument then={mount.dropPrerendered}>
            <App screens={screens} />
          </InDocument>
        </AppProvider>
      </I18nextProvider>
    </StrictMode>
  );
  // The intro already on screen from the HTML is taken over as it is; else the app paints afresh.
  // Either way as a transition: the first render yields to the browser every few milliseconds
  // instead of blocking it for the whole page (TBT), and commits all at once all the same.
  startTransition(() => {
    if (mount.hydrate) hydrateRoot(mount.container, app, { identifierPrefix: mount.identifierPrefix });
    else createRoot(mount.container).render(app);
  });
  // Only a widget talks to a host page: the bridge is its own chunk, fetched in widget mode.
  if (services.host.embedded) {
    void import('./embed/host-bridge').then(({ startHostBridge }) =>
      startHostBridge(services.host, mount.container, () => isLoadingIn(mount.container)),
    );
  }
} catch (error) {
  // The strings may be what failed: index.html holds the message in both languages.
  console.error('Delega could not start', error);
  document.querySelectorAll('.prerendered').forEach((element) => element.remove());
  document.getElementById('startup-error')?.removeAttribute('hidden');
}
