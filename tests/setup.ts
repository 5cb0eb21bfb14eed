import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom has no layout: give elements a size so the virtualized grid mounts rows.
if (typeof window !== 'undefined' && typeof HTMLElement !== 'undefined') {
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 800 },
    offsetWidth: { configurable: true, get: () => 1200 },
    clientHeight: { configurable: true, get: () => 800 },
    clientWidth: { configurable: true, get: () => 1200 },
  });
  HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    const height = this.getAttribute('role') === 'row' ? 80 : 800;
    return {
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: height,
      right: 1200,
      width: 1200,
      height,
      toJSON: () => ({}),
    };
  };
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  Element.prototype.scrollTo = function scrollTo() {};
}
