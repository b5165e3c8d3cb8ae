// The part of unzipper 0.10's API this package uses (it ships no types).
declare module "unzipper" {
  import type { Readable } from "node:stream"
  export interface CentralDirectoryFile {
    readonly path: string
    readonly type: "File" | "Directory"
    readonly uncompressedSize: number
    stream(): Readable
    buffer(): Promise<Buffer>
  }
  export interface CentralDirectory {
    readonly files: ReadonlyArray<CentralDirectoryFile>
  }
  export const Open: {
    file(path: string): Promise<CentralDirectory>
    buffer(data: Buffer): Promise<CentralDirectory>
  }
}
