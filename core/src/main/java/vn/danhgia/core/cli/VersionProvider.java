package vn.danhgia.core.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the one Maven wrote into the jar's manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"danhgia " + (version == null ? "(development build)" : version)};
    }
}
