import { Schema } from '@tiptap/pm/model';
import { answerMarks } from './schema-marks';
import { answerNodes } from './schema-nodes';

/**
 * The one schema of a rich-text answer (answers, findings, report sections): the browser's editor
 * binds it to a fragment, and any conversion of a fragment reads with it.
 */
export const answerSchema = new Schema({ nodes: answerNodes, marks: answerMarks });
