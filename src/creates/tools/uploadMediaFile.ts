import type { Bundle, Create, InputField, ZObject } from 'zapier-platform-core';
import { recordIn } from '../../factories/common';
import type { Json } from '../../factories/common';
import { inputs, invalidInput, isBlank, registerKind, string, url } from '../../fields/kit';
import { downloadFile, fileUrlOf, MAX_UPLOAD_LABEL, uploadToMediaLibrary } from '../../fields/media';

const fields = inputs({
  fileUrl: url({
    label: 'Hosted File URL',
    helpText: 'Or instead of a file: a public https:// address HighLevel stores as a link (nothing is downloaded). Use one or the other.',
  }),
  name: string({ label: 'File Name', maxLength: 255, helpText: "The name shown in the media library, such as quote.pdf. Default: the file's own name." }),
});

/** A Zapier `file` input: kept out of the kit's text checks, since Zapier hands it over as a URL it manages (or `{url}`). */
const fileInput: InputField = registerKind({
  key: 'file',
  label: 'File',
  type: 'file',
  required: false,
  helpText: `The file to upload: map a file from an earlier step (or a link to one). Up to ${MAX_UPLOAD_LABEL}, HighLevel's limit; larger files are refused before uploading.`,
}, { kind: 'url' });

const LABEL = { label: 'Upload File to Media Library', description: "Uploads a file to the sub-account's media library and gives back its hosted URL, ready for a message attachment." };

/**
 * POST /medias/upload-file (multipart): the file itself (downloaded from the URL Zapier gives, at most 25 MB), or
 * `hosted=true` with `fileUrl`. HighLevel answers `{fileId, url}` (UploadFileResponseDTO); the `url` is what Send
 * Message takes as an attachment.
 */
const perform = async (z: ZObject, bundle: Bundle): Promise<Json> => {
  const raw = (bundle.inputData ?? {}) as Json;
  const input = fields.parse(raw);
  const fileUrl = isBlank(raw.file) ? undefined : fileUrlOf(raw.file);
  if (!isBlank(raw.file) && !fileUrl) throw invalidInput(['File (file): expected a file from an earlier step or a web address.']);
  if (fileUrl && input.fileUrl) throw invalidInput(['Give a File (file) or a Hosted File URL (fileUrl), not both.']);
  if (!fileUrl && !input.fileUrl) throw invalidInput(['Give a File (file) to upload, or a Hosted File URL (fileUrl).']);

  const parts = input.fileUrl
    ? [{ name: 'hosted', value: 'true' }, { name: 'fileUrl', value: input.fileUrl }]
    : await downloadFile(z, fileUrl!).then((file) => [{ name: 'file', file: input.name ? { ...file, filename: input.name } : file }]);
  const name = input.name ?? ('file' in parts[0]! ? parts[0].file.filename : undefined);
  const answer = recordIn(await uploadToMediaLibrary(z, bundle, name ? [...parts, { name: 'name', value: name }] : parts)) ?? {};
  return { id: answer.fileId, ...answer, ...(name ? { name } : {}) };
};

const uploadMediaFile: Create = {
  key: 'upload_media_file',
  noun: 'File',
  display: LABEL,
  operation: {
    inputFields: [fileInput, ...fields.fields],
    perform,
    sample: {
      id: '6751f2b4c1d2e3f4a5b6c7d8',
      fileId: '6751f2b4c1d2e3f4a5b6c7d8',
      url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/6751f2b4c1d2e3f4a5b6c7d8.pdf',
      name: 'quote.pdf',
    },
    outputFields: [
      { key: 'url', label: 'Hosted File URL' },
      { key: 'fileId', label: 'File ID' },
      { key: 'name', label: 'File Name' },
    ],
  },
};

export default uploadMediaFile;
