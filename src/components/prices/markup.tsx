// The markup of a massage type's facts and of a sessions table, shared by the site's pages
// (SessionsTable.astro, massage/[type].astro, rendered with renderMarkup) and the editor's preview
// pane (src/admin/preview.tsx), so the preview shows a type as its page does. Words come in filled.
import type { PricedSession } from "../../lib/massage/prices.ts";

export interface MassageFactsProps {
  pressureLabel: string;
  pressure: string;
  lengthsLabel: string;
  lengths: string;
}

/** Pressure and session lengths. The trailing spaces keep each term and its value apart in the search index. */
export function MassageFacts({ pressureLabel, pressure, lengthsLabel, lengths }: MassageFactsProps) {
  return (
    <dl class="facts">
      <dt>{`${pressureLabel} `}</dt>
      <dd>{`${pressure} `}</dd>
      <dt>{`${lengthsLabel} `}</dt>
      <dd>{lengths}</dd>
    </dl>
  );
}

export interface SessionsTableWords {
  /** The caption, with prices and without ("Swedish massage: lengths and prices"). */
  captionWithPrices: string;
  caption: string;
  length: string;
  price: string;
  booking: string;
}

export interface SessionBooking {
  /** The booking page for this length; undefined shows the button without a link. */
  href: string | undefined;
  /** "Book 60 minutes" */
  label: string;
  /** The type's name, read out after the label when the label does not name it. */
  hiddenName?: string | undefined;
}

export interface SessionsTableProps {
  typeId: string;
  sessions: readonly PricedSession[];
  words: SessionsTableWords;
  /** Show the caption to everyone (prices page) or only to screen readers (the type's own page). */
  captionVisible: boolean;
  book: (session: PricedSession) => SessionBooking;
}

/** A type's sessions: length, price (unless the practice hides prices) and a booking button each. */
export function SessionsTable({ typeId, sessions, words, captionVisible, book }: SessionsTableProps) {
  const withPrices = sessions.some((session) => session.price !== undefined);
  return (
    <table class="sessions" data-testid={`sessions-${typeId}`}>
      <caption class={captionVisible ? "sessions__caption" : "visually-hidden"}>
        {withPrices ? words.captionWithPrices : words.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{words.length}</th>
          {withPrices && <th scope="col">{words.price}</th>}
          <th scope="col">
            <span class="visually-hidden">{words.booking}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => {
          const { href, label, hiddenName } = book(session);
          return (
            <tr>
              <th scope="row">
                {session.label}
                {session.note && <span class="sessions__note">{session.note}</span>}
              </th>
              {withPrices && <td>{session.price}</td>}
              <td>
                <a class="button button--small" href={href} rel="noopener noreferrer">
                  {label}
                  {hiddenName && <span class="visually-hidden"> ({hiddenName})</span>}
                </a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
