package io.claimgateway.parse;

import org.smooks.api.ExecutionContext;
import org.smooks.api.TypedKey;
import org.smooks.api.resource.visitor.sax.ng.AfterVisitor;
import org.smooks.api.resource.visitor.sax.ng.BeforeVisitor;
import org.smooks.api.resource.visitor.sax.ng.ChildrenVisitor;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Element;

/**
 * The one Smooks visitor of {@code mappings/x12-837.smooks.xml}: forwards every element event to
 * the file's {@link ClaimAssembler}. A single hand-written visitor is cheaper than bean bindings
 * (one selector match per event instead of one per binding).
 */
public final class ClaimEventVisitor implements BeforeVisitor, AfterVisitor, ChildrenVisitor {

    static final TypedKey<ClaimAssembler> ASSEMBLER = TypedKey.of("claim-gateway.assembler");

    @Override
    public void visitBefore(Element element, ExecutionContext context) {
        context.get(ASSEMBLER).startElement(name(element));
    }

    @Override
    public void visitChildText(CharacterData text, ExecutionContext context) {
        context.get(ASSEMBLER).text(text.getData());
    }

    @Override
    public void visitChildElement(Element element, ExecutionContext context) {
        // Children get their own visitBefore/visitAfter through the "*" selector.
    }

    @Override
    public void visitAfter(Element element, ExecutionContext context) {
        context.get(ASSEMBLER).endElement(name(element));
    }

    private static String name(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getNodeName();
    }
}
