import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type {} from 'spine-widgets/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
