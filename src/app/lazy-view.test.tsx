// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { lazyView, type ViewProps } from './lazy-view';

afterEach(cleanup);

function Hello({ params }: ViewProps) {
  return <p>hei {params['name']}</p>;
}

const ui = (Component: ReturnType<typeof lazyView>['Component']) => (
  <Suspense fallback={<p>ladataan</p>}>
    <Component params={{ name: 'Olli' }} />
  </Suspense>
);

describe('lazyView', () => {
  it('loads its code once, on preload or first render', async () => {
    let loads = 0;
    const view = lazyView(async () => {
      loads += 1;
      return { default: Hello };
    });
    render(ui(view.Component));
    expect(screen.getByText('ladataan')).toBeTruthy();
    expect(await screen.findByText('hei Olli')).toBeTruthy();
    await view.preload();
    expect(loads).toBe(1);
  });

  it('renders in the same pass, without a fallback, once preloaded', async () => {
    const view = lazyView(async () => ({ default: Hello }));
    await view.preload();
    render(ui(view.Component));
    expect(screen.queryByText('ladataan')).toBeNull();
    expect(screen.getByText('hei Olli')).toBeTruthy();
  });
});
