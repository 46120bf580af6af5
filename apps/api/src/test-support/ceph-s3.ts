import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import {
  AbortMultipartUploadCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';

import { freePort, killNow, pollUntil } from '@contest/server/testing';

const run = promisify(execFile);

// Debian's packages of Ceph's monitor, object store daemon and S3 gateway (radosgw-admin, monmaptool
// and the ceph command come with them).
const PACKAGES = ['ceph-mon', 'ceph-osd', 'radosgw'];
const KEYS = { accessKeyId: 'contest-test', secretAccessKey: 'contest-test-secret' };

export interface CephS3 {
  /** What an api or worker process needs to keep its media in the bucket. */
  env: Record<string, string>;
  /** A client of the bucket, for a test to look inside. */
  client: S3Client;
  bucket: string;
  stop(): Promise<void>;
}

/**
 * Ceph's S3 gateway (radosgw) on a throwaway cluster of one monitor and one object store daemon
 * that keeps its objects in memory, on loopback: a real S3-compatible server with the calls tus's
 * S3 store makes (ListParts, AbortMultipartUpload, ListMultipartUploads), which s3rver lacks. Its
 * packages are installed as `scripts/debian-tool.mjs` installs HAProxy and ffmpeg; it answers
 * some 15 s after the start. `dir` holds its configuration and logs.
 */
export async function startCephS3(dir: string, bucket = 'media'): Promise<CephS3> {
  ensureCephPackages();
  const [monPort, s3Port] = [await freePort(), await freePort()];
  for (const made of ['log', 'osd.0']) await mkdir(join(dir, made), { recursive: true });
  const conf = join(dir, 'ceph.conf');
  const fsid = randomUUID();
  await writeFile(conf, cephConf(dir, fsid, monPort, s3Port));
  const ceph = (command: string, ...args: string[]) => run(command, ['-c', conf, ...args]);
  const daemons: ChildProcess[] = [];
  const stopDaemons = async () => {
    // Nothing in them is worth a clean shutdown.
    for (const daemon of [...daemons].reverse()) await killNow(daemon);
  };
  try {
    const monmap = join(dir, 'monmap');
    await run('monmaptool', ['--create', '--addv', 'a', `v2:127.0.0.1:${monPort}`, '--fsid', fsid, monmap]);
    await ceph('ceph-mon', '--mkfs', '-i', 'a', '--monmap', monmap);
    daemons.push(spawn('ceph-mon', ['-c', conf, '-f', '-i', 'a'], { stdio: 'ignore' }));
    const osd = randomUUID();
    await ceph('ceph', '--connect-timeout', '30', 'osd', 'new', osd);
    await ceph('ceph-osd', '-i', '0', '--mkfs', '--osd-uuid', osd);
    daemons.push(spawn('ceph-osd', ['-c', conf, '-f', '-i', '0'], { stdio: 'ignore' }));
    daemons.push(spawn('radosgw', ['-c', conf, '-f', '-n', 'client.rgw'], { stdio: 'ignore' }));
    const endpoint = `http://127.0.0.1:${s3Port}`;
    await pollUntil(
      async () => (await fetch(endpoint).catch(() => null))?.ok,
      `Ceph's S3 gateway to answer (logs in ${dir}/log)`,
      120_000,
    );
    const user = ['--uid=contest', '--display-name=contest'];
    const keys = [`--access-key=${KEYS.accessKeyId}`, `--secret=${KEYS.secretAccessKey}`];
    await ceph('radosgw-admin', 'user', 'create', ...user, ...keys);
    const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: KEYS });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    await warmUp(client, bucket);
    const env = {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    };
    const stop = async () => {
      client.destroy();
      await stopDaemons();
    };
    return { env, client, bucket, stop };
  } catch (error) {
    await stopDaemons();
    throw error;
  }
}

/**
 * The gateway makes its data pools on the first write of each kind, and a new pool's placement
 * groups take a while to come up (seconds, more on a busy machine), during which writes wait: a
 * test's first upload would wait with its lock held. One object and one multipart upload, written
 * and removed here, bring them up before any test runs.
 */
async function warmUp(client: S3Client, bucket: string): Promise<void> {
  const Key = 'warm-up';
  await client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: 'warm' }));
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key }));
  await client.send(new UploadPartCommand({ Bucket: bucket, Key, UploadId, PartNumber: 1, Body: 'warm' }));
  await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key, UploadId }));
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }));
}

/** Installs the packages (as root, with apt) where they are missing, as CI does; throws if it cannot. */
function ensureCephPackages(): void {
  const tool = pathToFileURL(join(__dirname, '../../../../scripts/debian-tool.mjs')).href;
  for (const pkg of PACKAGES) {
    const ensure = `import { ensureDebianTool } from ${JSON.stringify(tool)};
      process.exit(ensureDebianTool(${JSON.stringify(pkg)}, ['--version'], ${JSON.stringify(pkg)}, 'the S3 tests') ? 0 : 1);`;
    const installed = spawnSync(process.execPath, ['--input-type=module', '-e', ensure], {
      stdio: 'inherit',
    });
    if (installed.status !== 0) throw new Error(`${pkg} is missing: apt-get install ${PACKAGES.join(' ')}`);
  }
}

const cephConf = (dir: string, fsid: string, monPort: number, s3Port: number) => `[global]
fsid = ${fsid}
mon_host = v2:127.0.0.1:${monPort}
public_addr = 127.0.0.1
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
# Without keys no link can be encrypted, which daemons ask of the monitor by default.
ms_mon_client_mode = crc
osd_objectstore = memstore
memstore_device_bytes = ${1024 ** 3}
osd_pool_default_size = 1
mon_allow_pool_size_one = true
osd_crush_chooseleaf_type = 0
# The gateway makes some eight pools: at 32 placement groups each, one daemon would refuse them.
osd_pool_default_pg_num = 8
run_dir = ${dir}/run
log_file = ${dir}/log/$name.log
mon_data = ${dir}/mon.$id
osd_data = ${dir}/osd.$id

[client.rgw]
rgw_frontends = beast endpoint=127.0.0.1:${s3Port}
`;
