import {
  type Role,
  roles,
  type Site,
  type User,
  type UserCreate,
  UserCreate as UserCreateSchema,
  type UserUpdate,
  UserUpdate as UserUpdateSchema,
} from '@learnonce/contracts'
import { Button, Group, MultiSelect, PasswordInput, Select, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { ApiError } from '../../../api/api-error'
import { applyProblemToForm, problemFieldErrors } from '../../../api/form-errors'
import { useContractForm } from '../../../api/use-contract-form'
import { ErrorState } from '../../../components/error-state'
import { ProblemAlert } from '../../../components/problem-alert'

export const roleLabels: Record<Role, string> = { admin: 'Admin', curator: 'Curator', contributor: 'Contributor' }

interface Values extends Record<string, unknown> {
  email: string
  name: string
  role: Role
  password: string
  siteIds: string[]
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id))

/** What changed, and only that: a PATCH that names a field the admin did not touch could undo someone else's edit. */
export function changesOf(user: User, values: Values): UserUpdate {
  return {
    ...(values.name.trim() !== user.name ? { name: values.name.trim() } : {}),
    ...(values.role !== user.role ? { role: values.role } : {}),
    ...(!sameSet(values.siteIds, user.siteIds) ? { siteIds: values.siteIds } : {}),
    ...(values.password ? { password: values.password } : {}),
  }
}

const createBody = (values: Values): UserCreate => ({
  email: values.email.trim(),
  name: values.name.trim(),
  role: values.role,
  password: values.password,
  siteIds: values.siteIds,
})

export interface UserFormProps {
  /** The user being edited; null to create one. */
  user: User | null
  sites: readonly Site[]
  /** Sends the request; rejects with the API's error, which the form places on its fields. */
  onSubmit: (body: UserCreate | UserUpdate) => Promise<unknown>
  onCancel: () => void
  /** Fetches the user again after a 412. */
  onReload?: () => unknown
}

/** Create a user, or change one's name, role and site memberships (only what changed is sent). */
export function UserForm({ user, sites, onSubmit, onCancel, onReload }: UserFormProps) {
  const [failure, setFailure] = useState<Error | null>(null)
  const [saving, setSaving] = useState(false)
  const form = useContractForm<Values>({
    schema: user ? UserUpdateSchema : UserCreateSchema,
    toBody: (values) => (user ? changesOf(user, values) : createBody(values)),
    initialValues: {
      email: user?.email ?? '',
      name: user?.name ?? '',
      role: user?.role ?? 'contributor',
      password: '',
      siteIds: user?.siteIds ?? [],
    },
  })
  // Memberships of archived sites are kept and shown, though new ones can only be live sites.
  const siteData = sites.map((site) => ({ value: site.id, label: site.name }))
  for (const id of user?.siteIds ?? []) if (!sites.some((site) => site.id === id)) siteData.push({ value: id, label: 'A site not listed' })

  const submit = form.onSubmit(async (values) => {
    setFailure(null)
    setSaving(true)
    try {
      await onSubmit(user ? changesOf(user, values) : createBody(values))
    } catch (error) {
      if (!(error instanceof Error)) throw error
      const rest = applyProblemToForm(form, error)
      // A problem about one membership (`/siteIds/2`) is shown under the memberships picker as a whole.
      const membership = Object.entries(problemFieldErrors(error)).find(([path]) => path.startsWith('siteIds.'))
      if (membership) form.setFieldError('siteIds', membership[1])
      const placedAny = error instanceof ApiError && (error.problem.errors?.length ?? 0) > rest.length
      if (!placedAny || rest.length > 0) setFailure(error)
    } finally {
      setSaving(false)
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure &&
          (onReload ? <ProblemAlert error={failure} onReload={onReload} /> : <ErrorState error={failure} title="That did not work" />)}
        <TextInput label="Email" required disabled={user !== null} {...form.getInputProps('email')} />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={roles.map((role) => ({ value: role, label: roleLabels[role] }))}
          {...form.getInputProps('role')}
        />
        <MultiSelect
          label="Site memberships"
          description="Contributors write for these sites; curators and admins see them on their profile"
          placeholder={form.values.siteIds.length === 0 ? 'No sites' : undefined}
          data={siteData}
          searchable
          clearable
          nothingFoundMessage="No site by that name"
          {...form.getInputProps('siteIds')}
        />
        <PasswordInput
          label={user ? 'New password' : 'Password'}
          description={user ? 'Leave empty to keep theirs; a new one signs them out everywhere' : 'At least 10 characters'}
          required={user === null}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {user ? 'Save changes' : 'Create user'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
