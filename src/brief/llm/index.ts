/** The optional LLM-written brief: a rewrite of the extractive brief, checked against its sources. */
export { checkSentence, type Unsupported } from './check-sentence.js';
export { completeChat, type ChatMessage, type ChatResult, type LlmOptions } from './complete-chat.js';
export { reviseBrief, type ReviseOptions } from './revise-brief.js';
export { reviseBriefs } from './revise-briefs.js';
