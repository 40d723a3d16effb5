/** The month's parts loaded after its first screen (later-part.ts), and their styles. */
import './month-later.css';

export { TrackingFromForm } from '@/ui/tracking-from-form';
export { NoLongerPlanned } from './no-longer-planned';
export { NoteEditor } from './note-editor';
export { RatingChoice } from './rating-choice';
export { Reminders } from './reminders';
