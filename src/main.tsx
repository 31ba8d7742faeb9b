import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { bootstrap } from './app/bootstrap';
import { appStorage } from './lib/safe-storage';
import { AppProvider } from './services/app-services';
import './styles/app.css';

// From here on the app reports its own failures (public/startup-guard.js stands down).
document.documentElement.setAttribute('data-started', '');
const root = document.getElementById('root')!;

try {
  const { services } = await bootstrap({
    location: window.location,
    storage: appStorage(),
    browserLanguages: navigator.languages ?? [navigator.language],
  });
  // Only a widget talks to a host page: the bridge is its own chunk, fetched in widget mode.
  if (services.host.embedded) {
    void import('./embed/host-bridge').then(({ startHostBridge }) => startHostBridge(services.host, root));
  }
  createRoot(root).render(
    <StrictMode>
      <AppProvider value={services}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
} catch (error) {
  // The strings may be what failed: index.html holds the message in both languages.
  console.error('Delega could not start', error);
  document.getElementById('startup-error')?.removeAttribute('hidden');
}
