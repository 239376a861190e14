import forge from 'node-forge';

/**
 * A throw-away PKI made by the tests (never real keys): a root CA, and certificates it (or another
 * root) issues, with node-forge — an implementation independent of the PKI.js verifier under test.
 */
export interface TestIdentity {
  readonly certificate: forge.pki.Certificate;
  readonly key: forge.pki.rsa.PrivateKey;
}

let serial = 1;

/** A name attribute as NCA certificates write it: a UTF8String (Kazakh and Russian names). */
const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
const nextSerial = () => (serial++).toString(16).padStart(4, '0');

function keyPair(): forge.pki.rsa.KeyPair {
  return forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
}

export function createRootCa(commonName: string): TestIdentity {
  const keys = keyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = nextSerial();
  certificate.validity.notBefore = new Date(Date.now() - 365 * 86_400_000);
  certificate.validity.notAfter = new Date(Date.now() + 5 * 365 * 86_400_000);
  const name = [utf8('commonName', commonName), { name: 'countryName', value: 'KZ' }];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  return { certificate, key: keys.privateKey };
}

export function issueSigner(
  ca: TestIdentity,
  commonName: string,
  options: { notBefore?: Date; notAfter?: Date; keyUsage?: Record<string, boolean> } = {},
): TestIdentity {
  const keys = keyPair();
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = nextSerial();
  certificate.validity.notBefore = options.notBefore ?? new Date(Date.now() - 30 * 86_400_000);
  certificate.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  certificate.setSubject([utf8('commonName', commonName), { name: 'serialNumber', value: 'IIN800101300123' }, { name: 'countryName', value: 'KZ' }]);
  certificate.setIssuer(ca.certificate.subject.attributes);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, ...(options.keyUsage ?? { digitalSignature: true, nonRepudiation: true }) },
  ]);
  certificate.sign(ca.key, forge.md.sha256.create());
  return { certificate, key: keys.privateKey };
}

/** A detached CMS SignedData over `content`, as NCALayer sends it (base64 DER), signed now unless told. */
export function signDetached(signer: TestIdentity, content: Buffer, signingTime: Date = new Date()): string {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  p7.addCertificate(signer.certificate);
  p7.addSigner({
    key: signer.key,
    certificate: signer.certificate,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      // forge takes the signing time as a Date at run time; its typings say string
      { type: forge.pki.oids.signingTime, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary').toString('base64');
}

/** The same signature with its digest algorithm named GOST 34.311 (Kazakhstan's NCA arc): what the server must refuse as GOST. */
export function asGost(cmsBase64: string): string {
  const der = Buffer.from(cmsBase64, 'base64').toString('binary');
  const sha256 = forge.asn1.oidToDer(forge.pki.oids.sha256).getBytes();
  const gost = forge.asn1.oidToDer('1.2.398.3.10.1.3.1').getBytes();
  const tree = forge.asn1.fromDer(der);
  const rename = (node: forge.asn1.Asn1): void => {
    if (node.type === forge.asn1.Type.OID && node.value === sha256) node.value = gost;
    if (Array.isArray(node.value)) node.value.forEach(rename);
  };
  rename(tree);
  return Buffer.from(forge.asn1.toDer(tree).getBytes(), 'binary').toString('base64');
}

export function toPem(identity: TestIdentity): string {
  return forge.pki.certificateToPem(identity.certificate);
}
