// The movement's calendar as every picker needs it: its reporting years and reviews, and the year screens open on.
import { useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { useState, type ReactNode } from 'react';
import { useApi } from '../api/api-provider.js';
import { QueryView } from '../components/query-view.js';
import { useI18n } from '../i18n/i18n.js';

export type Calendar = RouterOutputs['movement']['calendar'];

export const CALENDAR_KEY = ['movement.calendar'] as const;

export const useCalendar = () => {
  const api = useApi();
  return useQuery({ queryKey: CALENDAR_KEY, queryFn: () => api.movement.calendar.query(), staleTime: 10 * 60_000 });
};

/** Renders its children once the calendar is known (loading and errors as everywhere else). */
export const WithCalendar = ({ children }: { children: (calendar: Calendar) => ReactNode }) => (
  <QueryView query={useCalendar()}>{children}</QueryView>
);

/** The year a screen shows: the movement's current reporting year until the user picks another. */
export const useYearChoice = (calendar: Calendar): [number, (year: number) => void] => {
  const [picked, setPicked] = useState<number | null>(null);
  return [picked ?? calendar.defaultYear, setPicked];
};

/** A review picker's state: the latest review until the user picks another. */
export const useReviewChoice = (calendar: Calendar): [string, (reviewId: string) => void] => {
  const [picked, setPicked] = useState<string | null>(null);
  return [picked ?? calendar.reviews[0]?.id ?? '', setPicked];
};

const YearOptions = ({ years }: { years: readonly number[] }) => (
  <>
    {years.map((y) => (
      <option key={y} value={y}>
        {y}
      </option>
    ))}
  </>
);

/** Years latest first; while several movements run, grouped under each movement's name (a year belongs to one). */
export const YearSelect = ({
  id,
  calendar,
  value,
  onChange,
}: {
  id: string;
  calendar: Calendar;
  value: number;
  onChange: (year: number) => void;
}) => {
  const { lang } = useI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {calendar.movements.length > 1 ? (
        calendar.movements.map((m) => (
          <optgroup key={m.id} label={m.name[lang]}>
            <YearOptions years={m.reportingYears} />
          </optgroup>
        ))
      ) : (
        <YearOptions years={calendar.reportingYears} />
      )}
    </select>
  );
};

/** Reviews latest first; while several movements run, grouped under each movement's name. */
export const ReviewSelect = ({
  calendar,
  value,
  onChange,
  label,
}: {
  calendar: Calendar;
  value: string;
  onChange: (reviewId: string) => void;
  label: string;
}) => {
  const { lang } = useI18n();
  const options = (reviews: Calendar['reviews']) =>
    reviews.map((r) => (
      <option key={r.id} value={r.id}>
        {r.id}
      </option>
    ));
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {calendar.movements.length > 1
        ? calendar.movements.map((m) => (
            <optgroup key={m.id} label={m.name[lang]}>
              {options(calendar.reviews.filter((r) => r.movementId === m.id))}
            </optgroup>
          ))
        : options(calendar.reviews)}
    </select>
  );
};
