import './styles/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices } from './app/create-services';
import { pickTransport } from './bridge/pick-transport';

const transport = pickTransport();
const services = createServices(transport.bridge, transport.kind === 'web' ? transport.bridge : undefined);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
