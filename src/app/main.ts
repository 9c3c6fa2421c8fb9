// Entry point of the browser app: mounts the root component.
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('sitrep: #app element missing from index.html');
export default mount(App, { target });
