// Entry point of the browser app: starts MapLibre's worker, then mounts the root component.
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';
import { startMapWorker } from './map/map-worker.ts';

startMapWorker();

const target = document.getElementById('app');
if (!target) throw new Error('sitrep: #app element missing from index.html');
export default mount(App, { target });
