// The role a person works in now, for an account that holds several: a session acts in one at a time, and every
// screen follows the one chosen (menus, what may be entered, which unit is "mine").
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorText, useApi, useI18n, type Me } from '@thidua/ui';

export const RoleSwitch = ({ me }: { me: Me }) => {
  const { t, pick, lang } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (grantId: string | null) => api.auth.switchRole.mutate({ grantId }),
    // Everything on screen was read in the old role.
    onSuccess: () => queryClient.resetQueries(),
  });
  if (me.roles.length < 2) return null;
  return (
    <span data-testid="role-switch">
      <label htmlFor="acting-role">{t('role.acting')} </label>
      <select
        id="acting-role"
        value={me.actingGrantId ?? ''}
        disabled={change.isPending}
        onChange={(e) => change.mutate(e.target.value || null)}
      >
        {me.roles.map((r) => (
          <option key={r.grantId ?? ''} value={r.grantId ?? ''}>
            {pick(r.label)}
            {r.unitName ? ` · ${pick(r.unitName)}` : ''}
          </option>
        ))}
      </select>
      {change.isError && <span role="alert"> {errorText(change.error, lang)}</span>}
    </span>
  );
};
