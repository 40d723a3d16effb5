// Every test file gets a fresh in-memory IndexedDB; browser journeys use real Chromium instead.
import 'fake-indexeddb/auto';
