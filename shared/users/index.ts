export { makeCognitoUserDirectory } from './cognito-user-directory';
export type { DirectoryUser, NewDirectoryUser, UserDirectory } from './user-directory';
