/** Kept equal to package.json's version and repository by tests. */
export const toolName = 'ses-credential-hygiene';
export const toolVersion = '1.0.0';
export const toolInformationUri = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';
