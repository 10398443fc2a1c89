package io.claimgateway.parse;

import org.apache.daffodil.japi.DataProcessor;
import org.smooks.cartridges.dfdl.DataProcessorFactory;
import org.smooks.cartridges.edi.EdiReaderConfigurator;

/**
 * Hands the DFDL cartridge's parser a {@link DataProcessor} we compiled or reloaded ourselves
 * ({@link CompiledSchemaCache}) instead of letting the cartridge compile the schema: the
 * cartridge instantiates the factory class its reader configuration names, and this one takes
 * the processor registered in the Smooks instance's own registry.
 */
public class PrecompiledDataProcessorFactory extends DataProcessorFactory {

    /** Registry key of the processor, one per Smooks instance. */
    static final String REGISTRY_KEY = PrecompiledDataProcessorFactory.class.getName() + ".dataProcessor";

    @Override
    public DataProcessor createDataProcessor() {
        Object processor = getApplicationContext().getRegistry().lookup(REGISTRY_KEY);
        if (processor instanceof DataProcessor dataProcessor) {
            return dataProcessor;
        }
        throw new IllegalStateException("No compiled DFDL parser registered for " + getSchemaUri());
    }

    /** The EDI reader configuration with this factory in place of the cartridge's compiling one. */
    static final class ReaderConfigurator extends EdiReaderConfigurator {

        ReaderConfigurator(String schemaName) {
            super(schemaName);
        }

        @Override
        protected String getDataProcessorFactory() {
            return PrecompiledDataProcessorFactory.class.getName();
        }
    }
}
