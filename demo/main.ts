// The mock backend first: a widget restored mid-journey asks for data at once.
await import('./mock-backend.js');
await import('../src/all.js');
await import('./moderator-panel.js');

export {};
