import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { createQueryClient } from './api/query-client'
import { createRouter } from './router'
import './styles.css'

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html must contain <div id="root">')

const queryClient = createQueryClient()
const router = createRouter(queryClient)

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
