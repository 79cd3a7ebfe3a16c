import { describe, expect, it } from 'vitest';
import { createElectronStub } from '../../test/stubs/electron';
import { drivePowerEvents } from './power-driver';

function setup() {
  const stub = createElectronStub();
  const monitor = { pauses: 0, resumes: 0 };
  let tick: (() => void) | null = null;
  let stopped = false;
  const stop = drivePowerEvents(
    stub.deps,
    { pause: () => void monitor.pauses++, resume: () => void monitor.resumes++ },
    { setInterval: (fn) => (tick = fn), clearInterval: () => (stopped = true) },
  );
  return { stub, monitor, tick: () => tick?.(), stop, stopped: () => stopped };
}

describe('power and network events', () => {
  it('suspend pauses and resume refreshes once', () => {
    const { stub, monitor } = setup();
    stub.powerMonitor.emit('suspend');
    stub.powerMonitor.emit('suspend');
    stub.powerMonitor.emit('resume');
    stub.powerMonitor.emit('resume');
    expect(monitor).toEqual({ pauses: 1, resumes: 1 });
  });

  it('going offline pauses; coming back online resumes', () => {
    const { stub, monitor, tick } = setup();
    stub.state.online = false;
    tick();
    tick();
    expect(monitor).toEqual({ pauses: 1, resumes: 0 });
    stub.powerMonitor.emit('suspend');
    stub.powerMonitor.emit('resume');
    expect(monitor.resumes).toBe(0); // still offline
    stub.state.online = true;
    tick();
    expect(monitor).toEqual({ pauses: 1, resumes: 1 });
  });

  it('starts paused when the machine is offline at launch, and stops polling', () => {
    const stub = createElectronStub();
    stub.state.online = false;
    let pauses = 0;
    let cleared = false;
    const stop = drivePowerEvents(
      stub.deps,
      { pause: () => void pauses++, resume: () => undefined },
      { setInterval: () => 1, clearInterval: () => (cleared = true) },
    );
    expect(pauses).toBe(1);
    stop();
    expect(cleared).toBe(true);
  });
});
