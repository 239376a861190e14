// The load generator's own thread (see load.ts): autocannon closed-loop, or an open-loop paced run.
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { closedLoop, LoadFigures, percentile, WorkerTask } from './load';

async function pacedLoop(task: Extract<WorkerTask, { kind: 'paced' }>): Promise<LoadFigures> {
  const target = new URL(task.url);
  const agent = new Agent({ keepAlive: true, maxSockets: task.maxSockets });
  const total = Math.round(task.rate * task.seconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let done = 0;
  const started = performance.now();
  await new Promise<void>((finish) => {
    const send = (i: number) => {
      const due = started + (i * 1000) / task.rate;
      const body = task.bodies ? task.bodies[i % task.bodies.length] : undefined;
      const headers = body === undefined ? task.headers : { ...task.headers, 'content-length': String(Buffer.byteLength(body)) };
      const options = { host: target.hostname, port: target.port, path: task.paths[i % task.paths.length], method: body === undefined ? 'GET' : 'POST', headers, agent };
      const req = request(options, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) latencies.push(performance.now() - due);
          else non2xx += 1;
          if ((done += 1) === total) finish();
        });
      });
      req.on('error', () => {
        errors += 1;
        if ((done += 1) === total) finish();
      });
      req.end(body);
    };
    let next = 0;
    // Each tick sends every request whose instant has come (timers fire at ~1 ms at best).
    const tick = () => {
      const now = performance.now();
      while (next < total && started + (next * 1000) / task.rate <= now) send(next++);
      if (next < total) setTimeout(tick, Math.max(0, started + (next * 1000) / task.rate - performance.now()));
    };
    tick();
  });
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requestsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
    non2xx,
    errors,
  };
}

async function main(): Promise<void> {
  const task = workerData as WorkerTask;
  let i = 0;
  const figures =
    task.kind === 'paced'
      ? await pacedLoop(task)
      : await closedLoop({ url: task.url, headers: task.headers, connections: task.connections, duration: task.duration, amount: task.amount, path: () => task.paths[i++ % task.paths.length] });
  parentPort!.postMessage(figures);
}

void main();
