import multipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { type FileStore, postgresFileStore } from './store.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Where file bytes live (PostgreSQL unless another FileStore is given to buildApp). */
    fileStore: FileStore
  }
}

/**
 * The file store, and multipart parsing for every module that receives uploads (receiveUpload in
 * upload.ts). Multipart bodies are streamed part by part, never collected whole.
 */
export const fileStorage = fp(
  async (app: FastifyInstance, options: { store?: FileStore }) => {
    app.decorate('fileStore', options.store ?? postgresFileStore(app.db))
    await app.register(multipart, { limits: { fileSize: app.config.maxUploadBytes, files: 1 }, throwFileSizeLimit: true })
  },
  { name: 'file-storage' },
)
