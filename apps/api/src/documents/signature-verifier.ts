import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppConfig } from '@app/config';
import { HttpStatus, Injectable } from '@nestjs/common';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ApiErrorCode } from '../http/error-codes';
import { ProblemException } from '../http/problem-details';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'] }));

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  keyUsage: '2.5.29.15',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

/** RSA signature algorithms verified, and the digests they may use. */
const RSA_SIGNATURES: Readonly<Record<string, string>> = {
  [OID.rsaEncryption]: 'rsaEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
};
const DIGESTS: Readonly<Record<string, { node: string; name: string }>> = {
  '2.16.840.1.101.3.4.2.1': { node: 'sha256', name: 'SHA-256' },
  '2.16.840.1.101.3.4.2.2': { node: 'sha384', name: 'SHA-384' },
  '2.16.840.1.101.3.4.2.3': { node: 'sha512', name: 'SHA-512' },
};

/** Kazakhstan's GOST 34.310/34.311 (NCA, 1.2.398.3.10…) and the Russian GOST R 34.10/34.11 arcs (1.2.643…). */
const isGost = (oid: string) => oid.startsWith('1.2.398.3.10.') || oid.startsWith('1.2.643.');

/** How far a signer's clock may run ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface VerifiedSignature {
  readonly algorithm: string;
  readonly signedAt: Date;
  readonly certificate: {
    readonly subject: string;
    readonly issuer: string;
    readonly serial: string;
    readonly sha256: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
  };
}

const refused = (code: ApiErrorCode, title: string, detail?: string) => new ProblemException({ status: HttpStatus.UNPROCESSABLE_ENTITY, code, title, detail, errors: [{ field: 'cms', code, message: title }] });

/**
 * Verifies a detached CMS (PKCS#7) SignedData over a document, as NCALayer produces them, with
 * PKI.js: one signer; its messageDigest is the document's digest; the signature verifies with the
 * signer's certificate; that certificate is for signing (key usage), was valid at the signing time
 * and chains to a configured trust anchor (SIGNATURE_TRUST_ANCHORS_FILE) through certificates
 * valid then. RSA only: GOST signatures are refused with a code of their own. Revocation (CRL,
 * OCSP) is not checked yet.
 */
@Injectable()
export class SignatureVerifier {
  private readonly anchors: pkijs.Certificate[];

  constructor(config: AppConfig) {
    this.anchors = config.SIGNATURE_TRUST_ANCHORS_FILE ? readCertificates(readFileSync(config.SIGNATURE_TRUST_ANCHORS_FILE, 'utf8')) : [];
  }

  /** `notBefore`: when the document was prepared — a signature claiming an earlier time is implausible. */
  async verify(cms: Buffer, document: Buffer, now: Date, notBefore: Date): Promise<VerifiedSignature> {
    const signedData = parseSignedData(cms);
    if (signedData.signerInfos.length !== 1) throw refused('SIGNATURE_MALFORMED', 'Send a signature with exactly one signer', `It has ${signedData.signerInfos.length}.`);
    if (signedData.encapContentInfo.eContent) throw refused('SIGNATURE_MALFORMED', 'Send a detached signature: the PDF is not to be inside it');
    const signer = signedData.signerInfos[0];
    const digestOid = signer.digestAlgorithm.algorithmId;
    const signatureOid = signer.signatureAlgorithm.algorithmId;
    const certificates = (signedData.certificates ?? []).filter((entry): entry is pkijs.Certificate => entry instanceof pkijs.Certificate);
    const certificate = certificates.find((candidate) => matchesSid(candidate, signer.sid));
    const keyOid = certificate?.subjectPublicKeyInfo.algorithm.algorithmId ?? '';
    if ([digestOid, signatureOid, keyOid].some(isGost)) {
      throw refused('SIGNATURE_GOST_NOT_SUPPORTED', 'GOST signatures are not verified yet: sign with an RSA key', 'GOST 34.310 (and GOST R 34.10) signatures are out of scope for now; only RSA signatures are accepted.');
    }
    const digest = DIGESTS[digestOid];
    if (!digest || !RSA_SIGNATURES[signatureOid]) throw refused('SIGNATURE_ALGORITHM_NOT_SUPPORTED', 'Only RSA signatures with SHA-256, SHA-384 or SHA-512 are verified', `digest ${digestOid}, signature ${signatureOid}`);
    if (!certificate) throw refused('SIGNATURE_MALFORMED', 'The signature must carry its signer’s certificate');

    const attributes = signer.signedAttrs?.attributes ?? [];
    const messageDigest = attributes.find((attribute) => attribute.type === OID.messageDigest)?.values[0];
    const expected = createHash(digest.node).update(document).digest();
    if (messageDigest instanceof asn1js.OctetString) {
      if (!Buffer.from(messageDigest.valueBlock.valueHexView).equals(expected)) {
        throw refused('SIGNATURE_DOCUMENT_MISMATCH', 'The signature is not over this PDF: sign the bytes GET …/document answers now');
      }
    } else if (signer.signedAttrs) {
      throw refused('SIGNATURE_MALFORMED', 'The signed attributes lack the messageDigest');
    }

    const verified = await signedData
      .verify({ signer: 0, data: toArrayBuffer(document), checkChain: false, extendedMode: true })
      .catch((error: unknown) => ({ signatureVerified: false, message: error instanceof Error ? error.message : String(error) }) as pkijs.SignedDataVerifyResult);
    if (!verified.signatureVerified) throw refused(signer.signedAttrs ? 'SIGNATURE_INVALID' : 'SIGNATURE_DOCUMENT_MISMATCH', 'The signature does not verify over this PDF with its certificate', verified.message);

    const signingTime = attributes.find((attribute) => attribute.type === OID.signingTime)?.values[0];
    const signedAt = signingTime instanceof asn1js.UTCTime || signingTime instanceof asn1js.GeneralizedTime ? signingTime.toDate() : now;
    if (signedAt.getTime() > now.getTime() + CLOCK_SKEW_MS || signedAt.getTime() < notBefore.getTime() - CLOCK_SKEW_MS) {
      throw refused('SIGNING_TIME_IMPLAUSIBLE', 'The signing time is in the future, or before the PDF was prepared', `signed at ${signedAt.toISOString()}`);
    }
    const notBeforeDate = certificate.notBefore.value;
    const notAfterDate = certificate.notAfter.value;
    if (signedAt < notBeforeDate || signedAt > notAfterDate) {
      throw refused('SIGNATURE_CERTIFICATE_NOT_VALID', 'The signer’s certificate was not valid at the signing time', `valid ${notBeforeDate.toISOString()} – ${notAfterDate.toISOString()}, signed ${signedAt.toISOString()}`);
    }
    if (!isForSigning(certificate)) {
      throw refused('SIGNATURE_KEY_USAGE_NOT_ALLOWED', 'The signer’s certificate is not for signing (key usage: digitalSignature or nonRepudiation)');
    }
    await this.checkChain(certificate, certificates, signedAt);

    return {
      algorithm: RSA_SIGNATURES[signatureOid] === 'rsaEncryption' ? `${digest.name} with RSA` : RSA_SIGNATURES[signatureOid],
      signedAt,
      certificate: {
        subject: distinguishedName(certificate.subject),
        issuer: distinguishedName(certificate.issuer),
        serial: Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex'),
        sha256: createHash('sha256').update(Buffer.from(certificate.toSchema(true).toBER(false))).digest('hex'),
        notBefore: notBeforeDate,
        notAfter: notAfterDate,
      },
    };
  }

  private async checkChain(signer: pkijs.Certificate, carried: pkijs.Certificate[], at: Date): Promise<void> {
    if (this.anchors.length === 0) {
      throw refused('SIGNATURE_CERTIFICATE_UNTRUSTED', 'No trusted root is configured: no signature can be trusted', 'Set SIGNATURE_TRUST_ANCHORS_FILE.');
    }
    const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: this.anchors, certs: [signer, ...carried.filter((certificate) => certificate !== signer)], checkDate: at });
    const chain = await engine.verify().catch((error: unknown) => ({ result: false, resultMessage: error instanceof Error ? error.message : String(error) }));
    if (chain.result) return;
    const message = chain.resultMessage ?? '';
    if (/valid|expired|date/i.test(message) && !/issuer|trusted|found/i.test(message)) {
      throw refused('SIGNATURE_CERTIFICATE_NOT_VALID', 'A certificate of the signer’s chain was not valid at the signing time', message);
    }
    throw refused('SIGNATURE_CERTIFICATE_UNTRUSTED', 'The signer’s certificate does not chain to a trusted root', message);
  }
}

function parseSignedData(cms: Buffer): pkijs.SignedData {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(cms));
    if (asn1.offset === -1) throw new Error(asn1.result.error);
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) throw new Error(`content type ${contentInfo.contentType}`);
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw refused('SIGNATURE_MALFORMED', 'The signature is not a CMS (PKCS#7) SignedData in DER', error instanceof Error ? error.message : undefined);
  }
}

/** The signer is named by issuer and serial number (as NCALayer does); a subject key identifier matches nothing here. */
function matchesSid(certificate: pkijs.Certificate, sid: pkijs.SignerInfo['sid']): boolean {
  return sid instanceof pkijs.IssuerAndSerialNumber && certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber);
}

/** The key usage allows signing documents (digitalSignature or nonRepudiation); a certificate that states none is refused. */
function isForSigning(certificate: pkijs.Certificate): boolean {
  const usage = certificate.extensions?.find((extension) => extension.extnID === OID.keyUsage)?.parsedValue as asn1js.BitString | undefined;
  if (!usage) return false;
  const bits = usage.valueBlock.valueHexView;
  // bit 0 digitalSignature (0x80), bit 1 nonRepudiation (0x40) of the first byte
  return bits.length > 0 && (bits[0] & 0xc0) !== 0;
}

const NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.4': 'SURNAME',
  '2.5.4.42': 'GIVENNAME',
  '1.2.840.113549.1.9.1': 'E',
};

/** A name in RFC 4514 notation, its attributes in the order the certificate lists them: 'CN=…,SERIALNUMBER=IIN…,C=KZ'. */
function distinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues
    .map((entry) => `${NAMES[entry.type] ?? entry.type}=${String(entry.value.valueBlock.value).replace(/([,+"\\<>;])/g, '\\$1')}`)
    .join(',');
}

export function readCertificates(pem: string): pkijs.Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => pkijs.Certificate.fromBER(toArrayBuffer(Buffer.from(block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''), 'base64'))));
}

function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
