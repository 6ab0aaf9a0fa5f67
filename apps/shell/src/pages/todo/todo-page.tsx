// "Việc cần làm": where a clerk, a sector office or a reviewer lands after signing in: what is returned, overdue or due,
// worst first, each with the button that goes where it is done.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, QueryView, StatusBadge, useApi, useI18n } from '@thidua/ui';
import { parseRoute, type Route } from '../../router.js';

// The badge's colour per state (its word is the state's own): overdue red, returned amber, due blue, waiting grey.
const BADGE = { returned: 'incomplete', overdue: 'missing', due: 'submitted', waiting: 'draft' } as const;

export const TodoPage = ({ go }: { go: (route: Route) => void }) => {
  const { t, pick } = useI18n();
  const api = useApi();
  const tasks = useQuery({ queryKey: ['tasks.mine'], queryFn: () => api.tasks.mine.query() });
  return (
    <QueryView query={tasks}>
      {({ year, tasks: list }) => (
        <Card title={t('todo.title', { year: year ?? '' })} testId="todo">
          {list.length === 0 ? (
            <p>{t('todo.none')}</p>
          ) : (
            <ul className="td-todo">
              {list.map((task) => (
                <li key={task.id} data-task={task.id} data-tone={task.tone}>
                  <StatusBadge status={BADGE[task.tone]} label={t(`todo.tone.${task.tone}`)} />
                  <div className="td-todo__text">
                    <h3>{pick(task.title)}</h3>
                    <p>{pick(task.detail)}</p>
                  </div>
                  {task.tone !== 'waiting' && (
                    <Button onClick={() => go(parseRoute(task.link))}>{t('todo.open')}</Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a
              href="/"
              onClick={(e) => {
                e.preventDefault();
                go({ page: 'dashboard' });
              }}
            >
              {t('todo.dashboard')}
            </a>
          </p>
        </Card>
      )}
    </QueryView>
  );
};
