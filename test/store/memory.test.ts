import { MemoryStore } from '../../src/store/memory.js';
import { storeContract } from './contract.js';

storeContract('MemoryStore', async () => ({ open: async () => new MemoryStore(), dispose: async () => {} }), { persistent: false });
