import { render } from 'preact';
import { configureApi } from './api/client';
import { App } from './app';
import { configureSession, expireSessionForTest } from './auth/session';
import { loadConfig } from './config';
import './styles.css';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    const config = await loadConfig();
    configureSession(config);
    configureApi(config.apiUrl);
    // The e2e test of "nothing is lost when the session expires" needs to expire it on demand.
    (window as unknown as { __tdkt?: unknown }).__tdkt = { expireSession: expireSessionForTest };
    root.textContent = ''; // Preact 11 renders beside existing children: drop the loading text first.
    render(<App config={config} />, root);
  } catch (error) {
    root.innerHTML = '';
    const p = document.createElement('p');
    p.className = 'boot';
    p.textContent = error instanceof Error ? error.message : 'Không khởi động được ứng dụng.';
    root.append(p);
  }
}

void start();
