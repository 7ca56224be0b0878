import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { UPLOAD_CHUNK_BYTES } from '../shared/contract/data';
import { createCore } from '../electron/core';
import { createTempHome, startWebHostProcess } from '../tests/support/web-host-process';
import { figure, type Figure } from './figure';
import { writeBenchDataset, type BenchFile } from './upload-files';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process';
import { openHostSocket, type HostSocket } from './upload-socket';

const FILES = 20;
const FILE_BYTES = 10 * 1000 * 1000;
const TOTAL_MB = (FILES * FILE_BYTES) / 1e6;
const BUCKET = 'sagedeck-upload-bench';
const CLI = '/usr/bin/aws';
/** Chunks sent before the first unanswered one is waited for: the socket is never idle while core decodes one. */
const CHUNKS_AHEAD = 2;

/**
 * SageDeck's uploader as the renderer drives it: each file read in 4 MiB slices (File.slice in the
 * browser), sent as base64 over the web host's socket, the next slice once the last was answered
 * (core answers when it has room: the back-pressure); each file's finish asked without waiting.
 */
type Call = HostSocket['ok'];

async function uploadThroughSageDeck(call: Call, prefix: string, files: BenchFile[]): Promise<number> {
  const started = performance.now();
  const { transferId } = await call<{ transferId: string }>('transfers.startUpload', {
    bucket: BUCKET,
    prefix,
    files: files.map((file) => ({ relativePath: file.relativePath, size: file.size })),
  });
  const finishes: Promise<{ checksumVerified: boolean }>[] = [];
  const slice = Buffer.alloc(UPLOAD_CHUNK_BYTES);
  for (const [fileIndex, file] of files.entries()) {
    const handle = await open(file.path);
    try {
      const answers: Promise<unknown>[] = [];
      for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
        const { bytesRead } = await handle.read(slice, 0, Math.min(UPLOAD_CHUNK_BYTES, file.size - offset), offset);
        answers.push(call('transfers.uploadChunk', { transferId, fileIndex, offset, data: slice.subarray(0, bytesRead).toString('base64') }));
        if (answers.length >= CHUNKS_AHEAD) await answers.shift();
      }
      await Promise.all(answers);
    } finally {
      await handle.close();
    }
    finishes.push(call('transfers.finishFile', { transferId, fileIndex }));
  }
  const results = await Promise.all(finishes);
  const seconds = (performance.now() - started) / 1000;
  const unverified = results.filter((result) => !result.checksumVerified).length;
  if (unverified) throw new Error(`${unverified} files uploaded without a verified checksum`);
  return seconds;
}

/** `aws s3 cp --recursive` of the same folder, path-style against the sandbox, with its default concurrency (10). */
async function uploadThroughCli(sandbox: SandboxProcess, dir: string, home: string): Promise<number> {
  const config = join(home, 'cli-config');
  writeFileSync(config, ['[default]', 'region = us-east-1', 's3 =', '  addressing_style = path', ''].join('\n'));
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(CLI, ['s3', 'cp', '--recursive', '--only-show-errors', dir, `s3://${BUCKET}/cli/`, '--endpoint-url', sandbox.endpoint], {
      env: {
        PATH: process.env.PATH,
        HOME: home,
        AWS_CONFIG_FILE: config,
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
        AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
        AWS_PAGER: '',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`aws s3 cp exited with ${code}: ${errors.trim()}`))));
  });
  return (performance.now() - started) / 1000;
}

async function countObjects(s3: S3Client, prefix: string): Promise<number> {
  const answer = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return answer.KeyCount ?? 0;
}

/**
 * 200 MB (20 × 10 MB) into a sandbox bucket, once through SageDeck's uploader (web host process,
 * WebSocket, base64 chunks, core's multipart engine) and once with `aws s3 cp --recursive`. The
 * sandbox runs in its own process for both, as AWS would be.
 */
export async function benchUploadThroughput(): Promise<Figure[]> {
  const dataset = writeBenchDataset(FILES, FILE_BYTES);
  const sandbox = await startSandboxProcess();
  const home = createTempHome();
  home.writeAwsConfig(['[profile bench]', 'region = us-east-1', `endpoint_url = ${sandbox.endpoint}`, ''].join('\n'));
  home.writeAwsCredentials(['[bench]', `aws_access_key_id = ${sandbox.credentials.accessKeyId}`, `aws_secret_access_key = ${sandbox.credentials.secretAccessKey}`, ''].join('\n'));
  const host = await startWebHostProcess({ ...home.env, AWS_PROFILE: 'bench' });
  const s3 = new S3Client({ endpoint: sandbox.endpoint, region: 'us-east-1', credentials: sandbox.credentials, forcePathStyle: true });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    const socket = await openHostSocket(host.url, host.origin, host.port);
    const socketSeconds = await uploadThroughSageDeck((channel, input) => socket.ok(channel, input), 'web/', dataset.files).finally(() => socket.close());
    console.log(`   SageDeck, web host: ${TOTAL_MB} MB in ${socketSeconds.toFixed(2)} s, ${await countObjects(s3, 'web/')} objects, checksums verified`);
    // Core called as Electron's IPC calls it (no socket framing or JSON), in this process.
    const core = await createCore({ dataDir: home.dataDir, host: 'electron', env: { ...home.env, AWS_PROFILE: 'bench' } });
    const direct: Call = async <T>(channel: string, input: unknown) => {
      const envelope = await core.dispatcher.request(channel, input);
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
      return envelope.result as T;
    };
    const directSeconds = await uploadThroughSageDeck(direct, 'direct/', dataset.files).finally(() => core.close());
    console.log(`   SageDeck, core called directly: ${TOTAL_MB} MB in ${directSeconds.toFixed(2)} s, ${await countObjects(s3, 'direct/')} objects, checksums verified`);
    if (!existsSync(CLI)) {
      console.log(`   skipped the peer: ${CLI} is not installed (the Debian package awscli provides it)`);
      return [];
    }
    const cliSeconds = await uploadThroughCli(sandbox, dataset.dir, home.dir);
    console.log(`   aws s3 cp: ${TOTAL_MB} MB in ${cliSeconds.toFixed(2)} s, ${await countObjects(s3, 'cli/')} objects`);
    const cli = TOTAL_MB / cliSeconds;
    const peer = 'aws s3 cp --recursive, same files';
    const target = 'ratio at least 1.00 (at least the CLI throughput)';
    return [
      figure(`upload of ${FILES} × ${FILE_BYTES / 1e6} MB through the web host's socket (base64 chunks, 8 MiB parts, 4 in flight)`, TOTAL_MB / socketSeconds, 'MB/s', peer, cli, target),
      figure(`the same upload with core called directly, as over Electron IPC (base64 chunks included)`, TOTAL_MB / directSeconds, 'MB/s', peer, cli, target),
    ];
  } finally {
    s3.destroy();
    await host.stop();
    await sandbox.stop();
    dataset.remove();
  }
}
